package org.guichet.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the server's CPU went during a scenario, by component: each JFR execution sample counts for
 * the innermost frame of its stack that belongs to a known component (a {@code HashMap} lookup made
 * by Thymeleaf counts for Thymeleaf). The shares add up to 100 %, unlike hot methods, whose self
 * time spreads a component over hundreds of JDK methods.
 */
final class CostBreakdown {

    /** Package prefixes, most specific first; the first that matches a frame names its component. */
    private static final List<Map.Entry<String, String>> COMPONENTS = List.of(
            Map.entry("org.bouncycastle.crypto.generators.Argon2", "Argon2id password hashing"),
            Map.entry("org.thymeleaf", "Thymeleaf templates"),
            Map.entry("org.postgresql", "PostgreSQL JDBC driver"),
            Map.entry("com.zaxxer.hikari", "connection pool (Hikari)"),
            Map.entry("org.springframework.session", "Spring Session (JDBC store)"),
            Map.entry("org.springframework.security", "Spring Security"),
            Map.entry("org.springframework.modulith", "Modulith event publication"),
            Map.entry("org.springframework.jdbc", "Spring JDBC"),
            Map.entry("org.springframework.transaction", "Spring transactions"),
            Map.entry("com.openhtmltopdf", "PDF (openhtmltopdf, PDFBox, fontbox)"),
            Map.entry("org.apache.pdfbox", "PDF (openhtmltopdf, PDFBox, fontbox)"),
            Map.entry("org.apache.fontbox", "PDF (openhtmltopdf, PDFBox, fontbox)"),
            Map.entry("org.apache.tika", "file type detection (Tika)"),
            Map.entry("org.apache.tomcat.util.http.fileupload", "multipart parsing"),
            Map.entry("tools.jackson", "JSON (Jackson)"),
            Map.entry("com.fasterxml.jackson", "JSON (Jackson)"),
            Map.entry("io.micrometer", "metrics (Micrometer)"),
            Map.entry("org.guichet", "Guichet's own code"),
            Map.entry("org.springframework.expression", "SpEL expressions (templates, security)"),
            Map.entry("org.springframework.web", "Spring MVC"),
            Map.entry("org.springframework.beans", "Spring beans and proxies"),
            Map.entry("org.springframework.aop", "Spring beans and proxies"),
            Map.entry("org.springframework.context", "Spring beans and proxies"),
            Map.entry("org.springframework", "Spring (other)"),
            Map.entry("org.apache.catalina", "HTTP server (Tomcat)"),
            Map.entry("org.apache.coyote", "HTTP server (Tomcat)"),
            Map.entry("org.apache.tomcat", "HTTP server (Tomcat)"));
    private static final String OTHER = "JDK only (no known component on the stack)";

    private CostBreakdown() {
    }

    /** Samples per component, largest first, from a JFR recording. */
    static Map<String, Long> of(Path recording) throws IOException {
        Map<String, Long> samples = new LinkedHashMap<>();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
                    samples.merge(componentOf(event.getStackTrace().getFrames()), 1L, Long::sum);
                }
            }
        }
        return samples.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .collect(LinkedHashMap::new, (m, e) -> m.put(e.getKey(), e.getValue()), Map::putAll);
    }

    static String componentOf(List<RecordedFrame> innermostFirst) {
        for (RecordedFrame frame : innermostFirst) {
            if (frame.getMethod() == null || frame.getMethod().getType() == null) {
                continue;
            }
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, String> component : COMPONENTS) {
                if (type.startsWith(component.getKey())) {
                    return component.getValue();
                }
            }
        }
        return OTHER;
    }

    /** A markdown table of the breakdown. */
    static String table(Map<String, Long> samples) {
        long total = samples.values().stream().mapToLong(Long::longValue).sum();
        StringBuilder t = new StringBuilder("| component (innermost on the stack) | samples | share |\n|---|---:|---:|\n");
        samples.forEach((component, n) -> t.append("| ").append(component).append(" | ").append(n).append(" | ")
                .append(String.format("%.1f %%", 100.0 * n / total)).append(" |\n"));
        return t.append("| total | ").append(total).append(" | 100 % |\n").toString();
    }
}

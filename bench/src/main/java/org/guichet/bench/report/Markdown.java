package org.guichet.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/** The readable summary of a run: the targets, each scenario's requests, and a profile for each target missed. */
final class Markdown {

    private static final List<String> SCENARIOS = List.of("filing", "inbox", "public", "export", "login",
            "http_latency", "http_throughput");

    private Markdown() {}

    static String of(Properties m, List<Report.Result> results, Path work) throws IOException {
        StringBuilder md = new StringBuilder();
        md.append("# Guichet benchmark — ").append(m.getProperty("stamp")).append("\n\n");
        md.append("Machine: **").append(m.getProperty("machine.cores")).append(" cores**, ").append(m.getProperty("machine.cpu"))
                .append(", ").append(m.getProperty("machine.memory_mb")).append(" MB; ").append(m.getProperty("machine.jdk"))
                .append("; PostgreSQL ").append(m.getProperty("machine.postgresql")).append(". Load average at the start: ")
                .append(m.getProperty("machine.load")).append(" (the load generator and PostgreSQL share these cores with the server).\n\n");
        md.append("Run: scale `").append(m.getProperty("scale")).append("` (").append(m.getProperty("dossiers"))
                .append(" dossiers, seed ").append(m.getProperty("seed")).append("), phases of ").append(m.getProperty("seconds"))
                .append(" s, commit `").append(m.getProperty("commit")).append("`, server options `")
                .append(m.getProperty("server.java_opts", "")).append("`, launch `").append(m.getProperty("server.launch", "jar"))
                .append("`. Reproduce: `BENCH_SCALE=").append(m.getProperty("scale"))
                .append(" BENCH_SEED=").append(m.getProperty("seed")).append(" bench/run`.\n\n");
        List<String> unhealthy = m.stringPropertyNames().stream().filter(k -> k.startsWith("unhealthy_before."))
                .map(k -> k.substring("unhealthy_before.".length())).sorted().toList();
        if (!unhealthy.isEmpty()) {
            md.append("**Warning:** the server did not answer its home page within 10 s before ").append(String.join(", ", unhealthy))
                    .append(": those results measure a server an earlier scenario left in trouble (see the server log).\n\n");
        }
        md.append("## Targets\n\n").append(table(results)).append('\n');
        md.append("Ratio = value ÷ ceiling. For a rate it is the share of the ceiling reached; for a time, how many times\n"
                + "the ceiling's time it takes. Ceilings are measured in the same run: `pgbench` with the writes of one submission\n"
                + "(`bench/pgbench/submission.sql`), the server's liveness probe for HTTP, PostgreSQL's own `COPY … TO STDOUT` for the\n"
                + "export, and Argon2id in a bare JVM for sign-ins.\n\n");
        md.append("## Scenarios\n\nGatling's reports, with their charts, stay on the machine that ran them (`bench/work/`, not committed:\n"
                + "about 0.6 MB each). Their request tables:\n\n");
        for (String scenario : SCENARIOS) {
            Optional<GatlingReport> report = GatlingReport.read(m.getProperty("gatling." + scenario));
            if (report.isEmpty()) {
                continue;
            }
            md.append("### ").append(scenario).append(" — `").append(work.relativize(report.get().dir()).toString().isEmpty()
                    ? report.get().dir() : "bench/work/" + m.getProperty("stamp") + "/" + work.relativize(report.get().dir()))
                    .append("/index.html`\n\n");
            md.append("| request | OK | KO | per s | p50 ms | p95 ms | p99 ms | max ms |\n|---|---:|---:|---:|---:|---:|---:|---:|\n");
            report.get().requests().forEach((name, s) -> md.append("| ").append(name).append(" | ").append(s.ok()).append(" | ")
                    .append(s.ko()).append(" | ").append(Report.format(s.perSecond())).append(" | ").append(s.p50()).append(" | ")
                    .append(s.p95()).append(" | ").append(s.p99()).append(" | ").append(s.max()).append(" |\n"));
            md.append('\n');
        }
        Set<String> profiled = new LinkedHashSet<>();
        StringBuilder missed = new StringBuilder();
        for (Report.Result r : results) {
            if (Boolean.FALSE.equals(r.met())) {
                missed.append("- **").append(r.name()).append("**: ").append(Report.format(r.value())).append(' ').append(r.unit())
                        .append(" against ").append(r.higherIsBetter() ? "≥ " : "≤ ").append(Report.format(r.target()))
                        .append(r.problem() == null || r.problem().isEmpty() ? "" : " — " + r.problem()).append('\n');
                profiled.add(r.scenario());
            }
        }
        if (!missed.isEmpty()) {
            md.append("## Targets not met\n\n").append(missed).append('\n');
            for (String scenario : profiled) {
                String hot = m.getProperty("jfr." + scenario + ".hot");
                if (hot == null || !Files.exists(Path.of(hot))) {
                    continue;
                }
                md.append("### Profile of the server during `").append(scenario).append("` (JFR recording `")
                        .append(m.getProperty("jfr." + scenario)).append("`)\n\n");
                md.append(breakdown(m.getProperty("jfr." + scenario)));
                md.append("Hottest methods (self time, `jfr view hot-methods`):\n\n```\n");
                Report.lines(Path.of(hot), 40).forEach(line -> md.append(line).append('\n'));
                md.append("```\n\n");
            }
        }
        return md.toString();
    }

    private static String breakdown(String recording) {
        try {
            return "CPU samples by component:\n\n" + CostBreakdown.table(CostBreakdown.of(Path.of(recording))) + "\n";
        } catch (IOException | RuntimeException e) {
            return "(no breakdown: " + e.getMessage() + ")\n\n";
        }
    }

    static String table(List<Report.Result> results) {
        StringBuilder t = new StringBuilder("| result | value | target | ceiling | ratio | met |\n|---|---:|---:|---:|---:|:---:|\n");
        for (Report.Result r : results) {
            t.append("| ").append(r.name()).append(r.note() == null || r.note().isEmpty() ? "" : " <br><small>" + r.note() + "</small>")
                    .append(" | ").append(Report.format(r.value())).append(' ').append(r.unit())
                    .append(" | ").append(r.target() == null ? "–" : (r.higherIsBetter() ? "≥ " : "≤ ") + Report.format(r.target()))
                    .append(" | ").append(Report.format(r.ceiling()))
                    .append(" | ").append(Report.format(r.ratio()))
                    .append(" | ").append(r.met() == null ? "" : r.met() ? "yes" : "**no**"
                            + (r.problem() == null || r.problem().isEmpty() ? "" : " (" + r.problem() + ")"))
                    .append(" |\n");
        }
        return t.toString();
    }
}

package org.guichet.bench.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns one run's measures (bench/run writes them to {@code measures.properties}) and Gatling
 * reports into {@code results/<stamp>.json} and the readable {@code results/<stamp>.md}: every
 * target with its value, its ceiling measured in the same run and the ratio between them.
 *
 * <p>Usage: {@code Report <work-dir> <results-dir>}
 */
public final class Report {

    private Report() {}

    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Properties m = new Properties();
        try (Reader in = Files.newBufferedReader(work.resolve("measures.properties"))) {
            m.load(in);
        }
        int cores = Integer.parseInt(m.getProperty("machine.cores", "1"));
        Optional<GatlingReport> filing = GatlingReport.read(m.getProperty("gatling.filing"));
        Optional<GatlingReport> inbox = GatlingReport.read(m.getProperty("gatling.inbox"));
        Optional<GatlingReport> pages = GatlingReport.read(m.getProperty("gatling.public"));
        Optional<GatlingReport> httpLatency = GatlingReport.read(m.getProperty("gatling.http_latency"));
        Optional<GatlingReport> httpThroughput = GatlingReport.read(m.getProperty("gatling.http_throughput"));
        Optional<GatlingReport> login = GatlingReport.read(m.getProperty("gatling.login"));

        List<Result> results = new ArrayList<>();
        Double pgbench = max(m, "pgbench_tps_c");
        double filingSeconds = num(m, "filing.seconds", 1);
        Double submissions = filing.map(r -> r.request("submit").map(s -> s.ok() / filingSeconds).orElse(0.0)).orElse(null);
        results.add(Result.higher("citizen submissions per second (scenario a)", submissions, "submissions/s",
                pgbench == null ? null : pgbench / 2, pgbench, failures(filing),
                "target: 50 % of the raw database ceiling (pgbench, same writes); measured after "
                        + m.getProperty("filing.warmup_seconds", "?") + " s of unmeasured filing", "filing"));

        Double liveP95 = httpLatency.flatMap(r -> r.request("ALL")).map(s -> (double) s.p95()).orElse(null);
        Double liveP99 = httpLatency.flatMap(r -> r.request("ALL")).map(s -> (double) s.p99()).orElse(null);
        results.add(Result.lower("inbox first page p95 (scenario b)", p95(inbox, "inbox first page"), "ms", 30.0, liveP95,
                failures(inbox, "inbox first page"), "ceiling: the liveness probe's p95 under the public-pages load", "inbox"));
        results.add(Result.lower("inbox filter p95 (scenario b)", p95(inbox, "inbox filter"), "ms", null, liveP95,
                failures(inbox, "inbox filter"), "no target in issue 5", "inbox"));
        results.add(Result.lower("inbox full-text search p95 (scenario b)", p95(inbox, "inbox search"), "ms", 100.0, liveP95,
                failures(inbox, "inbox search"), "", "inbox"));
        results.add(Result.lower("agent dossier page p95 (scenario b)", p95(inbox, "dossier page"), "ms", null, liveP95,
                failures(inbox, "dossier page"), "no target in issue 5", "inbox"));
        results.add(Result.lower("public pages p99 at " + m.getProperty("public.users", "200") + " users (scenario c)",
                pages.flatMap(r -> r.request("ALL")).map(s -> (double) s.p99()).orElse(null), "ms", 50.0, liveP99,
                failures(pages), "ceiling: the liveness probe's p99 under the same load", "public"));

        Double exportSeconds = opt(m, "export_ms").map(v -> v / 1000).orElse(null);
        results.add(Result.lower("export of " + m.getProperty("export_dossiers", "?") + " dossiers to CSV (scenario d)",
                exportSeconds, "s", 15.0, opt(m, "export_db_ceiling_ms").map(v -> v / 1000).orElse(null),
                exportSeconds == null ? "no export finished" : "",
                "ceiling: PostgreSQL's own COPY of the same dossiers to CSV; lines downloaded: "
                        + m.getProperty("export_lines", "?"), "export"));
        results.add(Result.lower("export peak heap used (scenario d)", opt(m, "export_heap_peak_mb").orElse(null), "MB",
                256.0, null, exportSeconds == null ? "no export finished" : "", "heap used before the export: " + m.getProperty("export_heap_before_mb", "?") + " MB", "export"));

        Double bestLogins = null;
        for (String level : m.getProperty("login.levels", "").split(",")) {
            if (level.isBlank()) {
                continue;
            }
            double seconds = num(m, "login.seconds", 1);
            Double rate = login.flatMap(r -> r.request("sign-in c=" + level.strip())).map(s -> s.ok() / seconds).orElse(null);
            if (rate != null && (bestLogins == null || rate > bestLogins)) {
                bestLogins = rate;
            }
        }
        Double argon2 = max(m, "argon2_per_second_c");
        results.add(Result.higher("password sign-ins per second per core (scenario e)",
                bestLogins == null ? null : bestLogins / cores, "sign-ins/s/core", 15.0,
                argon2 == null ? null : argon2 / cores, failures(login),
                "Argon2id 19 MiB, 2 iterations; best of concurrency " + m.getProperty("login.levels", "(not run)")
                        + "; ceiling: the same hash verified in a bare JVM", "login"));
        results.add(Result.lower("ready after start (scenario f)", opt(m, "ready_ms").map(v -> v / 1000).orElse(null), "s", 6.0,
                null, "", "from java -jar (" + launch(m) + ") to /actuator/health/readiness = 200, with " + m.getProperty("dossiers", "?")
                        + " dossiers; Spring reported " + m.getProperty("started_log_s", "?") + " s", "startup"));
        results.add(Result.lower("RSS under load (scenario f)", opt(m, "rss_peak_mb").orElse(null), "MB", 600.0, null, "",
                "peak resident set of the server process over all scenarios", "all"));
        Double httpRps = httpThroughput.flatMap(r -> r.request("ALL")).map(s -> s.ok() / num(m, "http_throughput.seconds", 1))
                .orElse(null);
        results.add(Result.higher("HTTP ceiling: liveness probe requests per second", httpRps, "requests/s", null, null,
                failures(httpThroughput), "/actuator/health/liveness, " + m.getProperty("http_throughput.users") + " users, no pause", "http"));
        results.add(Result.higher("database ceiling: pgbench submissions per second", pgbench, "submissions/s", null, null, "",
                "best of clients " + m.getProperty("pgbench.clients") + ", bench/pgbench/submission.sql", "pgbench"));

        String stamp = m.getProperty("stamp");
        Files.createDirectories(out);
        Files.writeString(out.resolve(stamp + ".json"), Json.of(m, results));
        Files.writeString(out.resolve(stamp + ".md"), Markdown.of(m, results, work));
        System.out.println(Markdown.table(results));
    }

    private static Double p95(Optional<GatlingReport> report, String request) {
        return report.flatMap(r -> r.request(request)).filter(s -> s.ok() > 0).map(s -> (double) s.p95()).orElse(null);
    }

    private static String failures(Optional<GatlingReport> report) {
        return failures(report, "ALL");
    }

    private static String failures(Optional<GatlingReport> report, String request) {
        if (report.isEmpty()) {
            return "not run";
        }
        return report.get().request(request).map(s -> s.ko() == 0 ? "" : s.ko() + " of " + s.total() + " requests failed")
                .orElse("no request named " + request);
    }

    private static String launch(Properties m) {
        return "aot".equals(m.getProperty("server.launch")) ? "extracted, with the JDK AOT cache of a training run" : "the packaged jar";
    }

    static Optional<Double> opt(Properties m, String key) {
        String v = m.getProperty(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(Double.parseDouble(v));
    }

    private static double num(Properties m, String key, double otherwise) {
        return opt(m, key).orElse(otherwise);
    }

    private static Double max(Properties m, String prefix) {
        return m.stringPropertyNames().stream().filter(k -> k.startsWith(prefix)).map(m::getProperty)
                .map(Double::parseDouble).max(Double::compare).orElse(null);
    }

    /**
     * One target. {@code ratio} is value ÷ ceiling: for a rate, the share of the ceiling reached
     * (higher is better); for a time, how many times the ceiling's time (lower is better).
     */
    record Result(String name, Double value, String unit, Double target, Double ceiling, boolean higherIsBetter,
            String problem, String note, String scenario) {

        static Result higher(String name, Double value, String unit, Double target, Double ceiling, String problem,
                String note, String scenario) {
            return new Result(name, value, unit, target, ceiling, true, problem, note, scenario);
        }

        static Result lower(String name, Double value, String unit, Double target, Double ceiling, String problem,
                String note, String scenario) {
            return new Result(name, value, unit, target, ceiling, false, problem, note, scenario);
        }

        Double ratio() {
            return value == null || ceiling == null || ceiling == 0 ? null : value / ceiling;
        }

        /** Null when there is no target; false when the value is missing or anything failed. */
        Boolean met() {
            if (target == null) {
                return null;
            }
            if (value == null || (problem != null && !problem.isEmpty())) {
                return false;
            }
            return higherIsBetter ? value >= target : value <= target;
        }
    }

    static String format(Double v) {
        if (v == null) {
            return "–";
        }
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    static List<String> lines(Path file, int max) {
        try (Stream<String> s = Files.lines(file)) {
            return s.limit(max).collect(Collectors.toList());
        } catch (IOException e) {
            return List.of();
        }
    }
}

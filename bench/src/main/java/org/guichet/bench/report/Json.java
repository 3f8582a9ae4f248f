package org.guichet.bench.report;

import java.util.List;
import java.util.Locale;
import java.util.Properties;

/** The results file: {"machine": {...}, "run": {...}, "results": [{name, value, unit, target, ceiling, ratio_to_ceiling, met}]}. */
final class Json {

    private Json() {}

    static String of(Properties m, List<Report.Result> results) {
        StringBuilder j = new StringBuilder("{\n  \"machine\": {");
        j.append("\"cores\": ").append(m.getProperty("machine.cores", "null"))
                .append(", \"cpu\": ").append(str(m.getProperty("machine.cpu")))
                .append(", \"jdk\": ").append(str(m.getProperty("machine.jdk")))
                .append(", \"memory_mb\": ").append(m.getProperty("machine.memory_mb", "null"))
                .append(", \"postgresql\": ").append(str(m.getProperty("machine.postgresql"))).append("},\n");
        j.append("  \"run\": {\"stamp\": ").append(str(m.getProperty("stamp")))
                .append(", \"commit\": ").append(str(m.getProperty("commit")))
                .append(", \"scale\": ").append(str(m.getProperty("scale")))
                .append(", \"seed\": ").append(m.getProperty("seed", "null"))
                .append(", \"dossiers\": ").append(m.getProperty("dossiers", "null"))
                .append(", \"phase_seconds\": ").append(m.getProperty("seconds", "null"))
                .append(", \"server_java_options\": ").append(str(m.getProperty("server.java_opts", "")))
                .append(", \"server_launch\": ").append(str(m.getProperty("server.launch", "jar")))
                .append(", \"machine_quiet\": ").append(str(m.getProperty("machine.load", ""))).append("},\n");
        j.append("  \"results\": [\n");
        for (int i = 0; i < results.size(); i++) {
            Report.Result r = results.get(i);
            j.append("    {\"name\": ").append(str(r.name()))
                    .append(", \"value\": ").append(num(r.value()))
                    .append(", \"unit\": ").append(str(r.unit()))
                    .append(", \"target\": ").append(num(r.target()))
                    .append(", \"comparison\": ").append(str(r.target() == null ? null : r.higherIsBetter() ? ">=" : "<="))
                    .append(", \"ceiling\": ").append(num(r.ceiling()))
                    .append(", \"ratio_to_ceiling\": ").append(num(r.ratio()))
                    .append(", \"met\": ").append(r.met() == null ? "null" : r.met().toString())
                    .append(", \"problem\": ").append(str(r.problem() == null || r.problem().isEmpty() ? null : r.problem()))
                    .append(", \"note\": ").append(str(r.note())).append('}')
                    .append(i < results.size() - 1 ? ",\n" : "\n");
        }
        return j.append("  ]\n}\n").toString();
    }

    private static String num(Double v) {
        return v == null || v.isNaN() || v.isInfinite() ? "null" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

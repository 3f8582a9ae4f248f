package org.guichet.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statistics table of a Gatling HTML report (index.html), by request name. Gatling 3.16 writes
 * no machine-readable summary next to its report; the table is the one it shows, so the numbers
 * here are the ones a reader of the charts sees.
 */
record GatlingReport(Path dir, Map<String, GatlingReport.Stats> requests) {

    /** One row: counts, events per second over the whole run, and response times in ms. */
    record Stats(long total, long ok, long ko, double perSecond, long min, long p50, long p75, long p95, long p99,
            long max, long mean) {}

    private static final Pattern ROW = Pattern.compile(
            "<tr id=\"([^\"]+)\"[^>]*>.*?class=\"ellipsed-name\">(.*?)</span>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

    static Optional<GatlingReport> read(String dir) throws IOException {
        if (dir == null || dir.isBlank()) {
            return Optional.empty();
        }
        Path index = Path.of(dir).resolve("index.html");
        if (!Files.exists(index)) {
            return Optional.empty();
        }
        String html = Files.readString(index);
        Map<String, Stats> rows = new LinkedHashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            String name = row.group(1).equals("ROOT") ? "ALL" : unescape(row.group(2));
            Map<Integer, String> cells = new LinkedHashMap<>();
            Matcher cell = CELL.matcher(row.group(3));
            while (cell.find()) {
                cells.put(Integer.parseInt(cell.group(1)), cell.group(2).strip());
            }
            if (cells.size() >= 13) {
                rows.putIfAbsent(name, new Stats(n(cells, 2), n(cells, 3), n(cells, 4), d(cells, 6), n(cells, 7),
                        n(cells, 8), n(cells, 9), n(cells, 10), n(cells, 11), n(cells, 12), n(cells, 13)));
            }
        }
        return Optional.of(new GatlingReport(Path.of(dir), rows));
    }

    Optional<Stats> request(String name) {
        return Optional.ofNullable(requests.get(name));
    }

    private static long n(Map<Integer, String> cells, int col) {
        String v = cells.getOrDefault(col, "-");
        return v.equals("-") || v.isEmpty() ? 0 : Math.round(Double.parseDouble(v.replace(",", "")));
    }

    private static double d(Map<Integer, String> cells, int col) {
        String v = cells.getOrDefault(col, "-");
        return v.equals("-") || v.isEmpty() ? 0 : Double.parseDouble(v.replace(",", ""));
    }

    private static String unescape(String html) {
        String s = html.replace("&eacute;", "é").replace("&egrave;", "è").replace("&agrave;", "à")
                .replace("&ecirc;", "ê").replace("&ccedil;", "ç").replace("&amp;", "&").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
        Matcher numeric = Pattern.compile("&#(\\d+);").matcher(s);
        StringBuilder out = new StringBuilder();
        while (numeric.find()) {
            numeric.appendReplacement(out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(numeric.group(1)))));
        }
        return numeric.appendTail(out).toString();
    }
}

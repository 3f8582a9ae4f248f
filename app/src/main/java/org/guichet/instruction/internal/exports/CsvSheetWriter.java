package org.guichet.instruction.internal.exports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as French spreadsheets open it with a double click: RFC 4180 quoting and CRLF line ends, a
 * {@code ;} separator (French Excel takes {@code ,} as the decimal mark, so it splits on {@code ;}),
 * UTF-8 with a byte order mark (without it Excel reads the accents as Windows-1252). Decimals are
 * written with a comma, as French spreadsheets expect.
 *
 * <p>A cell that starts with {@code = + - @}, a tab or a carriage return would be run as a formula
 * by a spreadsheet (CSV injection: an usager's answer calling a remote URL on the agent's machine),
 * so it is prefixed with an apostrophe and shown as text.
 */
final class CsvSheetWriter implements SheetWriter {

    private static final char SEPARATOR = ';';

    private final Writer out;

    CsvSheetWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
        write("\uFEFF");
    }

    @Override
    public void header(List<String> titles) {
        line(List.copyOf(titles));
    }

    @Override
    public void row(List<Object> cells) {
        line(cells);
    }

    private void line(List<?> cells) {
        StringBuilder line = new StringBuilder(128);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(SEPARATOR);
            }
            Object cell = cells.get(i);
            // Numbers and dates are ours, never an usager's text: only text needs neutralising.
            String text = switch (cell) {
                case String s -> neutralise(s);
                // The decimal comma French spreadsheets read as a number (hence also the ; separator).
                case java.math.BigDecimal d -> SheetWriter.text(d).replace('.', ',');
                case null, default -> SheetWriter.text(cell);
            };
            line.append(quote(text));
        }
        write(line.append("\r\n").toString());
    }

    static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String quote(String text) {
        if (text.indexOf(SEPARATOR) < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

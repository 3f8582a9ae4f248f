package org.guichet.instruction.internal.exports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads an exported file back as rows of strings, independently of the writers: a real CSV parser,
 * and the XLSX and ODS packages unzipped and parsed as XML (namespace-aware, so a malformed part
 * fails). Dates read as {@code date:<ISO>} and numbers as {@code n:<value>}, so tests see the cell types.
 */
final class SheetReader {

    private SheetReader() {}

    static List<List<String>> read(ExportFormat format, byte[] bytes) {
        return switch (format) {
            case CSV -> csv(bytes);
            case XLSX -> xlsx(entries(bytes));
            case ODS -> ods(entries(bytes));
        };
    }

    static List<List<String>> read(ExportFormat format, Path file) {
        try {
            return read(format, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** RFC 4180 with {@code ;}: quoted fields may hold separators, quotes (doubled) and line breaks. */
    static List<List<String>> csv(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (!text.startsWith("\uFEFF")) {
            throw new AssertionError("CSV without byte order mark");
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ';') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        if (!row.isEmpty() || field.length() > 0) {
            throw new AssertionError("CSV does not end with CRLF");
        }
        return rows;
    }

    static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static List<List<String>> xlsx(Map<String, byte[]> entries) {
        Element sheet = parse(entries.get("xl/worksheets/sheet1.xml"));
        String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        List<List<String>> rows = new ArrayList<>();
        NodeList rowNodes = sheet.getElementsByTagNameNS(main, "row");
        for (int r = 0; r < rowNodes.getLength(); r++) {
            List<String> row = new ArrayList<>();
            NodeList cells = ((Element) rowNodes.item(r)).getElementsByTagNameNS(main, "c");
            for (int c = 0; c < cells.getLength(); c++) {
                Element cell = (Element) cells.item(c);
                int column = column(cell.getAttribute("r"));
                while (row.size() < column) {
                    row.add("");
                }
                if ("inlineStr".equals(cell.getAttribute("t"))) {
                    row.add(cell.getElementsByTagNameNS(main, "t").item(0).getTextContent());
                } else {
                    String v = cell.getElementsByTagNameNS(main, "v").item(0).getTextContent();
                    String style = cell.getAttribute("s");
                    row.add(style.equals("1") || style.equals("2") ? "date:" + fromSerial(Double.parseDouble(v)) : "n:" + v);
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static int column(String reference) {
        int n = 0;
        for (char ch : reference.replaceAll("[0-9]", "").toCharArray()) {
            n = n * 26 + (ch - 'A' + 1);
        }
        return n - 1;
    }

    private static LocalDateTime fromSerial(double serial) {
        return LocalDateTime.of(1899, 12, 30, 0, 0).plusSeconds(Math.round(serial * 86_400));
    }

    private static List<List<String>> ods(Map<String, byte[]> entries) {
        String table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
        String office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
        String text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
        Element content = parse(entries.get("content.xml"));
        List<List<String>> rows = new ArrayList<>();
        NodeList rowNodes = content.getElementsByTagNameNS(table, "table-row");
        for (int r = 0; r < rowNodes.getLength(); r++) {
            List<String> row = new ArrayList<>();
            NodeList cells = ((Element) rowNodes.item(r)).getElementsByTagNameNS(table, "table-cell");
            for (int c = 0; c < cells.getLength(); c++) {
                Element cell = (Element) cells.item(c);
                String type = cell.getAttributeNS(office, "value-type");
                switch (type) {
                    case "" -> row.add("");
                    case "date" -> row.add("date:" + cell.getAttributeNS(office, "date-value"));
                    case "float" -> row.add("n:" + cell.getAttributeNS(office, "value"));
                    default -> {
                        NodeList paragraphs = cell.getElementsByTagNameNS(text, "p");
                        List<String> lines = new ArrayList<>();
                        for (int p = 0; p < paragraphs.getLength(); p++) {
                            lines.add(paragraphs.item(p).getTextContent());
                        }
                        row.add(String.join("\n", lines));
                    }
                }
            }
            rows.add(row);
        }
        return rows;
    }

    private static Element parse(byte[] xml) {
        if (xml == null) {
            throw new AssertionError("Missing part");
        }
        try (InputStream in = new ByteArrayInputStream(xml)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(in);
            return document.getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("Part is not well-formed XML", e);
        }
    }
}

package org.guichet.instruction.internal.exports;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An OpenDocument spreadsheet (ODS, the format of LibreOffice and of the French administration's
 * interoperability rules), streamed. No Java library writes ODS without holding the document in
 * memory, so this writes the package itself: the {@code mimetype} entry first and uncompressed
 * (how tools recognise the format), a manifest, minimal styles, and {@code content.xml} row by row.
 * Dates are date cells ({@code office:date-value}); text cells are never formulas.
 */
final class OdsSheetWriter implements SheetWriter {

    static final String MEDIA_TYPE = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    private static final String NUMBER = "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0";
    private static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";

    private final XmlZip zip;
    private XMLStreamWriter xml;
    private boolean tableStarted;

    OdsSheetWriter(OutputStream out) {
        zip = new XmlZip(out);
        zip.stored("mimetype", MEDIA_TYPE);
        zip.text("META-INF/manifest.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">\
                <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>\
                <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>\
                <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>\
                </manifest:manifest>""".formatted(MEDIA_TYPE));
        zip.text("styles.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-styles xmlns:office="%s" office:version="1.2"/>""".formatted(OFFICE));
    }

    @Override
    public void header(List<String> titles) {
        start(titles.size());
        writeRow(List.copyOf(titles), true);
    }

    @Override
    public void row(List<Object> cells) {
        start(cells.size());
        writeRow(cells, false);
    }

    /** Opens content.xml at the first row: the table needs its column count first. */
    private void start(int columns) {
        if (tableStarted) {
            return;
        }
        tableStarted = true;
        xml = zip.startXml("content.xml");
        try {
            xml.writeStartElement("office", "document-content", OFFICE);
            xml.writeNamespace("office", OFFICE);
            xml.writeNamespace("table", TABLE);
            xml.writeNamespace("text", TEXT);
            xml.writeNamespace("style", STYLE);
            xml.writeNamespace("number", NUMBER);
            xml.writeNamespace("fo", FO);
            xml.writeAttribute("office", OFFICE, "version", "1.2");
            automaticStyles();
            xml.writeStartElement("office", "body", OFFICE);
            xml.writeStartElement("office", "spreadsheet", OFFICE);
            xml.writeStartElement("table", "table", TABLE);
            xml.writeAttribute("table", TABLE, "name", "Dossiers");
            xml.writeEmptyElement("table", "table-column", TABLE);
            xml.writeAttribute("table", TABLE, "number-columns-repeated", Integer.toString(Math.max(1, columns)));
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Day/month/year (and hours:minutes) date styles, and bold headings. */
    private void automaticStyles() throws XMLStreamException {
        xml.writeStartElement("office", "automatic-styles", OFFICE);
        dateStyle("N1", false);
        dateStyle("N2", true);
        cellStyle("date", "N1");
        cellStyle("datetime", "N2");
        xml.writeStartElement("style", "style", STYLE);
        xml.writeAttribute("style", STYLE, "name", "heading");
        xml.writeAttribute("style", STYLE, "family", "table-cell");
        xml.writeEmptyElement("style", "text-properties", STYLE);
        xml.writeAttribute("fo", FO, "font-weight", "bold");
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private void dateStyle(String name, boolean withTime) throws XMLStreamException {
        xml.writeStartElement("number", "date-style", NUMBER);
        xml.writeAttribute("style", STYLE, "name", name);
        datePart("day");
        dateText("/");
        datePart("month");
        dateText("/");
        datePart("year");
        if (withTime) {
            dateText(" ");
            datePart("hours");
            dateText(":");
            datePart("minutes");
        }
        xml.writeEndElement();
    }

    private void datePart(String part) throws XMLStreamException {
        xml.writeEmptyElement("number", part, NUMBER);
        xml.writeAttribute("number", NUMBER, "style", "long");
    }

    private void dateText(String text) throws XMLStreamException {
        xml.writeStartElement("number", "text", NUMBER);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void cellStyle(String name, String dataStyle) throws XMLStreamException {
        xml.writeEmptyElement("style", "style", STYLE);
        xml.writeAttribute("style", STYLE, "name", name);
        xml.writeAttribute("style", STYLE, "family", "table-cell");
        xml.writeAttribute("style", STYLE, "data-style-name", dataStyle);
    }

    private void writeRow(List<?> cells, boolean heading) {
        try {
            xml.writeStartElement("table", "table-row", TABLE);
            for (Object cell : cells) {
                if (cell == null) {
                    xml.writeEmptyElement("table", "table-cell", TABLE);
                    continue;
                }
                xml.writeStartElement("table", "table-cell", TABLE);
                switch (cell) {
                    case LocalDateTime t -> typed("date", "date-value", SheetDates.ISO_DAY_TIME.format(t), "datetime");
                    case LocalDate d -> typed("date", "date-value", SheetDates.ISO_DAY.format(d), "date");
                    case Number n -> typed("float", "value", SheetWriter.text(n), null);
                    default -> {
                        xml.writeAttribute("office", OFFICE, "value-type", "string");
                        if (heading) {
                            xml.writeAttribute("table", TABLE, "style-name", "heading");
                        }
                    }
                }
                // One paragraph per line: a line break inside text:p would be lost.
                for (String line : XmlZip.xmlSafe(SheetWriter.text(cell)).split("\r?\n", -1)) {
                    xml.writeStartElement("text", "p", TEXT);
                    xml.writeCharacters(line);
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void typed(String type, String valueAttribute, String value, String style) throws XMLStreamException {
        xml.writeAttribute("office", OFFICE, "value-type", type);
        xml.writeAttribute("office", OFFICE, valueAttribute, value);
        if (style != null) {
            xml.writeAttribute("table", TABLE, "style-name", style);
        }
    }

    @Override
    public void close() {
        start(1);
        try {
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        zip.endXml(xml);
        zip.close();
    }
}

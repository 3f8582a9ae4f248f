package org.guichet.instruction.internal.exports;

import java.io.OutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Office Open XML workbook (XLSX) of one sheet, streamed. Text goes into inline strings rather
 * than the shared-strings table, which a writer must hold in memory until the end; dates are
 * numbers (days since 1899-12-30) with a date format, so spreadsheets sort and filter them as dates.
 * Text cells are never formulas in this format, so an usager's {@code =…} answer stays text.
 */
final class XlsxSheetWriter implements SheetWriter {

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    /** The longest text a cell may hold in Excel. */
    private static final int MAX_CELL_TEXT = 32_767;
    private static final LocalDateTime EPOCH = LocalDateTime.of(1899, 12, 30, 0, 0);
    /** Indexes in the cellXfs of {@link #STYLES}. */
    private static final int DATE_STYLE = 1;
    private static final int DATE_TIME_STYLE = 2;
    private static final int HEADING_STYLE = 3;

    private static final String STYLES = """
            <?xml version="1.0" encoding="UTF-8"?>
            <styleSheet xmlns="%s"><numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>\
            <numFmt numFmtId="165" formatCode="dd/mm/yyyy hh:mm"/></numFmts>\
            <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
            <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
            <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
            <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
            <cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
            <xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>\
            <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
            <cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"""
            .formatted(MAIN);

    private final XmlZip zip;
    private final XMLStreamWriter xml;
    private int rowNumber;

    XlsxSheetWriter(OutputStream out) {
        zip = new XmlZip(out);
        zip.text("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                </Types>""");
        zip.text("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
                .formatted(RELS, DOC_RELS));
        zip.text("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="Dossiers" sheetId="1" r:id="rId1"/></sheets></workbook>"""
                .formatted(MAIN, DOC_RELS));
        zip.text("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8"?>
                <Relationships xmlns="%s"><Relationship Id="rId1" Type="%s/worksheet" Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId2" Type="%s/styles" Target="styles.xml"/></Relationships>"""
                .formatted(RELS, DOC_RELS, DOC_RELS));
        zip.text("xl/styles.xml", STYLES);
        xml = zip.startXml("xl/worksheets/sheet1.xml");
        try {
            xml.writeStartElement("worksheet");
            xml.writeDefaultNamespace(MAIN);
            xml.writeStartElement("sheetData");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void header(List<String> titles) {
        writeRow(List.copyOf(titles), true);
    }

    @Override
    public void row(List<Object> cells) {
        writeRow(cells, false);
    }

    private void writeRow(List<?> cells, boolean heading) {
        rowNumber++;
        try {
            xml.writeStartElement("row");
            xml.writeAttribute("r", Integer.toString(rowNumber));
            for (int column = 0; column < cells.size(); column++) {
                Object cell = cells.get(column);
                if (cell == null) {
                    continue;
                }
                xml.writeStartElement("c");
                xml.writeAttribute("r", columnName(column) + rowNumber);
                switch (cell) {
                    case LocalDateTime t -> number(DATE_TIME_STYLE, serial(t));
                    case LocalDate d -> number(DATE_STYLE, serial(d.atStartOfDay()));
                    case Number n -> number(-1, SheetWriter.text(n));
                    default -> inlineString(cell.toString(), heading);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void number(int style, String value) throws XMLStreamException {
        if (style >= 0) {
            xml.writeAttribute("s", Integer.toString(style));
        }
        xml.writeStartElement("v");
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void inlineString(String text, boolean heading) throws XMLStreamException {
        String safe = XmlZip.xmlSafe(text);
        if (safe.length() > MAX_CELL_TEXT) {
            safe = safe.substring(0, MAX_CELL_TEXT);
        }
        xml.writeAttribute("t", "inlineStr");
        if (heading) {
            xml.writeAttribute("s", Integer.toString(HEADING_STYLE));
        }
        xml.writeStartElement("is");
        xml.writeStartElement("t");
        xml.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
        xml.writeCharacters(safe);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    /** Excel's serial date: days since 1899-12-30, the time of day as a fraction. */
    static String serial(LocalDateTime time) {
        Duration since = Duration.between(EPOCH, time);
        return Double.toString(since.toSeconds() / 86_400.0);
    }

    /** A, B, … Z, AA, AB… */
    static String columnName(int index) {
        StringBuilder name = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            name.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return name.toString();
    }

    @Override
    public void close() {
        try {
            xml.writeEndElement();
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        zip.endXml(xml);
        zip.close();
    }
}

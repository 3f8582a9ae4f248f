package org.guichet.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.guichet.document.DocumentRejectedException;
import org.guichet.document.FileType;
import org.guichet.document.SampleFiles;
import org.guichet.document.UploadLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads are measured, hashed and typed from their bytes before anything is kept. */
class UploadIntakeTest {

    @TempDir
    Path spool;

    private UploadIntake intake() {
        return new UploadIntake(spool, new ContentTypeDetector());
    }

    private UploadIntake.Accepted receive(byte[] content, String name) {
        return intake().receive(new ByteArrayInputStream(content), name, UploadLimits.defaults());
    }

    @Test
    void recognisesAPdfFromItsContent() {
        try (var upload = receive(SampleFiles.pdf(), "attestation.pdf")) {
            assertThat(upload.type()).isEqualTo(FileType.PDF);
        }
    }

    @Test
    void recognisesImagesWhateverTheirName() {
        try (var png = receive(SampleFiles.png(), "scan.pdf"); var jpeg = receive(SampleFiles.jpeg(), "photo")) {
            assertThat(png.type()).isEqualTo(FileType.PNG);
            assertThat(jpeg.type()).isEqualTo(FileType.JPEG);
        }
    }

    @Test
    void recognisesPhonePhotoFormats() {
        try (var heic = receive(SampleFiles.heicHeader(), "IMG_0001.jpg"); var webp = receive(SampleFiles.webpHeader(), "capture")) {
            assertThat(heic.type()).isEqualTo(FileType.HEIC);
            assertThat(webp.type()).isEqualTo(FileType.WEBP);
        }
    }

    @Test
    void treatsATextFileRenamedPdfAsText() {
        try (var upload = receive(SampleFiles.text("Je soussigné, Jean Dupont, atteste sur l’honneur…\n"), "attestation.pdf")) {
            assertThat(upload.type()).isEqualTo(FileType.TEXT);
            assertThat(upload.fileName()).isEqualTo("attestation.pdf");
        }
    }

    @Test
    void refusesAZipArchiveRenamedPng() {
        assertThatThrownBy(() -> receive(SampleFiles.zip(), "photo.png"))
                .isInstanceOfSatisfying(DocumentRejectedException.ForbiddenType.class,
                        e -> assertThat(e.detectedType()).isEqualTo("application/zip"));
        assertThat(spool).isEmptyDirectory();
    }

    @Test
    void refusesAnExecutableRenamedPng() {
        assertThatThrownBy(() -> receive(SampleFiles.elfExecutable(), "photo.png"))
                .isInstanceOf(DocumentRejectedException.ForbiddenType.class);
        assertThat(spool).isEmptyDirectory();
    }

    @Test
    void refusesHtmlSentAsText() {
        assertThatThrownBy(() -> receive(SampleFiles.text("<html><body><script>alert(1)</script></body></html>"), "notes.txt"))
                .isInstanceOf(DocumentRejectedException.ForbiddenType.class);
    }

    @Test
    void tellsWordDocumentsFromSpreadsheetsByTheirMainPart() {
        try (var docx = receive(SampleFiles.docx(), "a.zip"); var xlsx = receive(SampleFiles.xlsx(), "b.docx")) {
            assertThat(docx.type()).isEqualTo(FileType.DOCX);
            assertThat(xlsx.type()).isEqualTo(FileType.XLSX);
        }
    }

    @Test
    void refusesAMacroEnabledWordFileRenamedDocx() {
        byte[] docm = SampleFiles.officeOpenXml("word/document.xml", "application/vnd.ms-word.document.macroEnabled.main+xml");

        assertThatThrownBy(() -> receive(docm, "lettre.docx")).isInstanceOf(DocumentRejectedException.ForbiddenType.class);
    }

    @Test
    void recognisesAnOpenDocumentText() {
        try (var upload = receive(SampleFiles.odt(), "courrier")) {
            assertThat(upload.type()).isEqualTo(FileType.ODT);
        }
    }

    @Test
    void refusesATypeTheFieldDoesNotAllowAndSaysWhichAre() {
        UploadLimits pdfOnly = UploadLimits.defaults().allowing(FileType.PDF);

        assertThatThrownBy(() -> intake().receive(new ByteArrayInputStream(SampleFiles.png()), "x.png", pdfOnly))
                .isInstanceOfSatisfying(DocumentRejectedException.class, e -> {
                    assertThat(e.messageCode()).isEqualTo("document.rejected.forbidden-type");
                    assertThat(e.messageArguments()).containsExactly("PDF");
                });
    }

    @Test
    void stopsReadingAsSoonAsTheLimitIsPassedAndCleansUp() {
        var endless = new CountingEndlessStream();
        UploadLimits limits = UploadLimits.defaults().withMaxBytes(100_000);

        assertThatThrownBy(() -> intake().receive(endless, "huge.pdf", limits))
                .isInstanceOfSatisfying(DocumentRejectedException.TooLarge.class,
                        e -> assertThat(e.messageCode()).isEqualTo("document.rejected.too-large"));
        assertThat(endless.served).isLessThanOrEqualTo(100_000 + 16 * 1024);
        assertThat(spool).isEmptyDirectory();
    }

    @Test
    void acceptsAFileOfExactlyTheLimit() {
        byte[] content = SampleFiles.text("x".repeat(1000));

        try (var upload = intake().receive(new ByteArrayInputStream(content), "a.txt", UploadLimits.defaults().withMaxBytes(1000))) {
            assertThat(upload.size()).isEqualTo(1000);
        }
    }

    @Test
    void refusesAnEmptyFile() {
        assertThatThrownBy(() -> receive(new byte[0], "vide.pdf")).isInstanceOf(DocumentRejectedException.Empty.class);
        assertThat(spool).isEmptyDirectory();
    }

    @Test
    void computesTheSha256OfTheContent() throws Exception {
        try (var abc = receive(SampleFiles.text("abc"), "abc.txt")) {
            // The FIPS 180-2 test vector for "abc".
            assertThat(abc.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        }
        byte[] large = new byte[3 * 1024 * 1024];
        new Random(42).nextBytes(large);
        System.arraycopy(SampleFiles.pdf(), 0, large, 0, 8);
        try (var upload = receive(large, "big.pdf")) {
            assertThat(upload.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(large)));
            assertThat(upload.size()).isEqualTo(large.length);
            assertThat(Files.readAllBytes(upload.spooled())).isEqualTo(large);
        }
    }

    @Test
    void closingTheAcceptedUploadDeletesItsSpoolFile() {
        var upload = receive(SampleFiles.pdf(), "a.pdf");
        assertThat(upload.spooled()).exists();

        upload.close();

        assertThat(spool).isEmptyDirectory();
    }

    /** Serves bytes forever and counts them, like a client that never stops sending. */
    private static final class CountingEndlessStream extends InputStream {
        long served;

        @Override
        public int read() {
            served++;
            return 'a';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'a');
            served += length;
            return length;
        }
    }
}

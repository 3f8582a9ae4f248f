package org.guichet.document;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** Small but real files of each kind, made in the test rather than shipped as opaque fixtures. */
public final class SampleFiles {

    private SampleFiles() {}

    /** A one-page PDF written by PDFBox. */
    public static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpeg() {
        return image("jpeg");
    }

    public static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    /** The opening of an iPhone photo: an ISO media file whose brand is HEIC (the pixels are not needed to type it). */
    public static byte[] heicHeader() {
        byte[] bytes = new byte[64];
        byte[] box = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1', 'h', 'e', 'i', 'c'};
        System.arraycopy(box, 0, bytes, 0, box.length);
        return bytes;
    }

    /** The opening of a WebP image: a RIFF container of kind WEBP. */
    public static byte[] webpHeader() {
        byte[] bytes = new byte[64];
        byte[] header = {'R', 'I', 'F', 'F', 56, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', ' '};
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    /** A plain ZIP archive holding a script. */
    public static byte[] zip() {
        return zip(Map.of("install.sh", "#!/bin/sh\necho hello\n"), null);
    }

    /** The start of a Linux executable (ELF header of a 64-bit executable). */
    public static byte[] elfExecutable() {
        byte[] bytes = new byte[256];
        byte[] header = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0};
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    /** A minimal Office Open XML package whose main part has {@code mainContentType}. */
    public static byte[] officeOpenXml(String mainPart, String mainContentType) {
        String types = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/%s" ContentType="%s"/>
                </Types>""".formatted(mainPart, mainContentType);
        String rels = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="%s"/>
                </Relationships>""".formatted(mainPart);
        var entries = new java.util.LinkedHashMap<String, String>();
        entries.put("[Content_Types].xml", types);
        entries.put("_rels/.rels", rels);
        entries.put(mainPart, "<?xml version=\"1.0\"?><document/>");
        return zip(entries, null);
    }

    public static byte[] docx() {
        return officeOpenXml("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
    }

    public static byte[] xlsx() {
        return officeOpenXml("xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
    }

    /** An OpenDocument text: its first entry, stored uncompressed, names its type, as the standard requires. */
    public static byte[] odt() {
        var entries = new java.util.LinkedHashMap<String, String>();
        entries.put("META-INF/manifest.xml", "<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>");
        entries.put("content.xml", "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
        return zip(entries, "application/vnd.oasis.opendocument.text");
    }

    private static byte[] zip(Map<String, String> entries, String odfMimetype) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            if (odfMimetype != null) {
                byte[] content = odfMimetype.getBytes(StandardCharsets.US_ASCII);
                ZipEntry entry = new ZipEntry("mimetype");
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(content.length);
                CRC32 crc = new CRC32();
                crc.update(content);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(content);
                zip.closeEntry();
            }
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, Color.RED.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("No ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

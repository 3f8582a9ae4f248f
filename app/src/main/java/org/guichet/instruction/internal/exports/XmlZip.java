package org.guichet.instruction.internal.exports;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A zip of XML parts written one after the other, each through a streaming XML writer: the base of
 * the XLSX and ODS writers, whose sheets are written cell by cell and never held in memory.
 */
final class XmlZip implements AutoCloseable {

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final ZipOutputStream zip;

    XmlZip(OutputStream out) {
        this.zip = new ZipOutputStream(new BufferedOutputStream(out, 64 * 1024), StandardCharsets.UTF_8);
    }

    /** An entry stored without compression, as ODF requires of its {@code mimetype} (the first entry). */
    void stored(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        try {
            zip.putNextEntry(entry);
            zip.write(bytes);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small fixed part, written as it is. */
    void text(String name, String xml) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(xml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a part written through the returned writer, until {@link #endXml}. */
    XMLStreamWriter startXml(String name) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            XMLStreamWriter xml = XML.createXMLStreamWriter(zip, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            return xml;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    void endXml(XMLStreamWriter xml) {
        try {
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Text an XML 1.0 document may hold: control characters other than tab and line ends, and
     * unpaired surrogates, would make the whole file unreadable, so they are dropped.
     */
    static String xmlSafe(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            boolean ok = pair || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE) || c == '\t' || c == '\n' || c == '\r';
            if (!ok && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (ok && out != null) {
                out.append(c);
            }
            if (pair) {
                if (out != null) {
                    out.append(text.charAt(i + 1));
                }
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

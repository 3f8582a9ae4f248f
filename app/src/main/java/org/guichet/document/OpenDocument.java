package org.guichet.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A document opened for reading: its metadata and its content. Close it to release the content
 * stream (a file handle, or a connection to a remote store).
 */
public record OpenDocument(StoredDocument document, InputStream content) implements AutoCloseable {

    @Override
    public void close() {
        try {
            content.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

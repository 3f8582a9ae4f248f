package org.guichet.forms;

import java.util.Objects;

/**
 * What the engine knows of an uploaded file; the bytes are stored elsewhere.
 *
 * @param reference   the storage's identifier of the file
 * @param fileName    the name the citizen's device gave, for messages
 * @param sizeBytes   the stored size
 * @param contentType the MIME type detected from the content by the storage, not the browser's claim
 */
public record FileMetadata(String reference, String fileName, long sizeBytes, String contentType) {

    public FileMetadata {
        Objects.requireNonNull(reference, "reference");
        fileName = fileName == null || fileName.isBlank() ? reference : fileName;
        contentType = contentType == null ? "application/octet-stream" : contentType;
    }
}

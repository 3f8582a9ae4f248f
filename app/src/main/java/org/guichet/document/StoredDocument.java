package org.guichet.document;

import java.time.Instant;
import org.guichet.shared.AccountId;
import org.guichet.shared.TenantId;

/**
 * A stored document's metadata.
 *
 * @param fileName the name shown to people: the uploader's name, sanitised (never used as a path)
 * @param contentType the media type recognised from the content
 * @param sha256 the SHA-256 of the content, lower-case hex, to prove later what was received
 * @param createdBy the account that uploaded it, or null when the platform generated it
 */
public record StoredDocument(
        DocumentId id,
        TenantId tenantId,
        String fileName,
        String contentType,
        long size,
        String sha256,
        Instant createdAt,
        AccountId createdBy) {

    /** A {@code Content-Disposition} value that makes browsers download the file under its name. */
    public String attachmentDisposition() {
        return ContentDispositions.attachment(fileName);
    }

    /** A {@code Content-Disposition} value that lets browsers show the file, keeping its name for saving. */
    public String inlineDisposition() {
        return ContentDispositions.inline(fileName);
    }
}

package org.guichet.document.spi;

import java.io.InputStream;
import java.util.regex.Pattern;

/**
 * Keeps the bytes of documents. Selected by {@code guichet.document.store=<id>}; the metadata
 * (name, type, size, hash, tenant) is kept by the document module, never by the store.
 *
 * <p>Contract:
 * <ul>
 *   <li><b>Keyed.</b> The platform generates every key (never from a user's file name) as
 *       {@code /}-separated segments of ASCII letters, digits, {@code .}, {@code _} and {@code -},
 *       each starting with a letter or digit, at most 255 characters in all ({@link #checkKey}).
 *       An implementation rejects any other key, so no key can name a place outside the store.</li>
 *   <li><b>Atomic write.</b> {@link #put} makes the content visible all at once, or not at all: a
 *       partial upload (the stream fails, the length is wrong, the node dies) never becomes
 *       readable under the key.</li>
 *   <li><b>Idempotent.</b> Keys are never reused for different content, so a retried {@code put}
 *       with the same key and bytes replaces the content with itself; {@link #delete} of a missing
 *       key succeeds.</li>
 *   <li><b>Timeouts.</b> An implementation that talks to a remote service bounds every call
 *       (connection and read timeouts of at most 30 seconds without progress) and throws
 *       {@link DocumentStoreException} rather than hang a request thread.</li>
 * </ul>
 */
public interface DocumentStore {

    /**
     * What a storage key looks like. A segment must start with a letter or digit, so {@code .},
     * {@code ..} and hidden names are impossible, and there is no way to write an absolute path,
     * a drive letter or a backslash.
     */
    Pattern KEY_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");

    /** The id used in configuration, e.g. {@code filesystem}. */
    String id();

    /** Whether this is a development implementation, refused in production. */
    default boolean development() {
        return false;
    }

    /**
     * Stores {@code length} bytes read from {@code content} under {@code key}. The stream is read
     * to its end but not closed: the caller owns it.
     *
     * @throws DocumentStoreException when the content could not be stored, including when the
     *     stream does not hold exactly {@code length} bytes; nothing is then visible under the key
     */
    void put(String key, InputStream content, long length);

    /**
     * Opens the content stored under {@code key}; the caller closes the stream.
     *
     * @throws ContentNotFoundException when nothing is stored under the key
     */
    InputStream get(String key);

    /** Removes the content stored under {@code key}, if any. */
    void delete(String key);

    /**
     * Returns {@code key} when it is a valid storage key, else throws.
     *
     * @throws DocumentStoreException when the key is malformed
     */
    static String checkKey(String key) {
        if (key == null || key.length() > 255 || !KEY_PATTERN.matcher(key).matches()) {
            throw new DocumentStoreException("Invalid storage key");
        }
        return key;
    }
}

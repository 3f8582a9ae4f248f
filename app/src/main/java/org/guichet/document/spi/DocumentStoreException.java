package org.guichet.document.spi;

/**
 * A {@link DocumentStore} could not do what was asked: the storage is unreachable, full, timed out,
 * or refused the key. Nothing was made visible by the failed call; it may be retried.
 */
public class DocumentStoreException extends RuntimeException {

    public DocumentStoreException(String message) {
        super(message);
    }

    public DocumentStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.guichet.document.spi;

/** No content is stored under the requested key. */
public class ContentNotFoundException extends DocumentStoreException {

    public ContentNotFoundException(String key) {
        super("No content stored under key " + key);
    }
}

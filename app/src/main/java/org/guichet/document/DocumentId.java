package org.guichet.document;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a stored document; other modules keep this, never the document itself. */
public record DocumentId(UUID value) implements Serializable {

    public DocumentId {
        Objects.requireNonNull(value, "document id");
    }

    public static DocumentId of(String value) {
        return new DocumentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

package org.guichet.procedure;

import java.util.List;

/** A démarche cannot be published yet; {@link #missing()} lists what to complete, as message keys. */
public class PublicationRefusedException extends RuntimeException {

    private final List<String> missing;

    public PublicationRefusedException(List<String> missing) {
        super("Cannot publish, missing: " + missing);
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}

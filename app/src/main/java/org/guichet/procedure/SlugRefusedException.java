package org.guichet.procedure;

/**
 * A démarche cannot take this address (slug): another démarche of the tenant has it, or the démarche
 * is published and citizens' links and dossiers already point at its current address.
 */
public class SlugRefusedException extends RuntimeException {

    /** Why the slug is refused. */
    public enum Reason { TAKEN, FROZEN }

    private final Reason reason;

    public SlugRefusedException(Reason reason, String slug) {
        super("Slug refused (" + reason + "): " + slug);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

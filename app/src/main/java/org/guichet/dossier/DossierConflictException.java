package org.guichet.dossier;

/**
 * The dossier changed since the caller read it (another agent acted first) or is not in a state
 * that allows the change; nothing was done.
 */
public class DossierConflictException extends RuntimeException {

    private final DossierState current;

    public DossierConflictException(DossierState current) {
        super("The dossier is now " + current);
        this.current = current;
    }

    /** The state the dossier is in now, to tell the person what happened. */
    public DossierState current() {
        return current;
    }
}

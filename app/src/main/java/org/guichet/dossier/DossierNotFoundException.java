package org.guichet.dossier;

/** No such dossier for this person in this tenant (or a forged id). */
public class DossierNotFoundException extends RuntimeException {

    public DossierNotFoundException() {
        super("No such dossier for this person in this tenant (or a forged id).");
    }
}

package org.guichet.dossier;

/** How a dossier reached the administration: online by the usager, or filed by an agent for a person. */
public enum FilingChannel {
    EN_LIGNE,
    /** At a counter (guichet d'accueil, France Services). */
    GUICHET,
    TELEPHONE,
    COURRIER,
    COURRIEL;

    /** Whether an agent filed the dossier on behalf of the person. */
    public boolean byAgent() {
        return this != EN_LIGNE;
    }
}

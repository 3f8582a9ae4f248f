package org.guichet.dossier;

/** The démarche is unknown, not yet published, or closed: no dossier can be started or submitted on it. */
public class ProcedureUnavailableException extends RuntimeException {

    public ProcedureUnavailableException() {
        super("The démarche is unknown, not yet published, or closed: no dossier can be started or submitted on it.");
    }
}

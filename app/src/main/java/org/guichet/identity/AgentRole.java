package org.guichet.identity;

/** What an agent may do in a tenant (or one of its services). */
public enum AgentRole {
    /** Builds démarches, manages services and agents. */
    ADMINISTRATEUR,
    /** Handles dossiers. */
    INSTRUCTEUR,
    /** Reads statistics. */
    SUPERVISEUR;

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}

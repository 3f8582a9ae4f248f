package org.guichet.dossier;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a dossier, as users of the State's platform know them. Transitions not listed in
 * {@link #canMoveTo} are refused.
 */
public enum DossierState {
    /** Draft: only the usager sees it. */
    BROUILLON,
    /** Submitted: the usager may still edit until instruction starts. */
    EN_CONSTRUCTION,
    /** An agent examines it. */
    EN_INSTRUCTION,
    ACCEPTE,
    REFUSE,
    /** Closed without follow-up. */
    SANS_SUITE;

    public boolean isFinal() {
        return this == ACCEPTE || this == REFUSE || this == SANS_SUITE;
    }

    /** Whether the usager may still change the answers. */
    public boolean editableByUsager() {
        return this == BROUILLON || this == EN_CONSTRUCTION;
    }

    public boolean canMoveTo(DossierState next) {
        return allowedNext().contains(next);
    }

    private Set<DossierState> allowedNext() {
        return switch (this) {
            case BROUILLON -> EnumSet.of(EN_CONSTRUCTION);
            // An agent may also decide straight from en_construction (DS's "accepter" on a complete dossier).
            case EN_CONSTRUCTION -> EnumSet.of(EN_INSTRUCTION, ACCEPTE, REFUSE, SANS_SUITE);
            // Back to en_construction when a correction or a missing document is asked.
            case EN_INSTRUCTION -> EnumSet.of(EN_CONSTRUCTION, ACCEPTE, REFUSE, SANS_SUITE);
            // Re-examination.
            case ACCEPTE, REFUSE, SANS_SUITE -> EnumSet.of(EN_INSTRUCTION);
        };
    }
}

package org.guichet.instruction.internal.dossier;

import java.util.Arrays;
import java.util.Optional;
import org.guichet.dossier.DossierState;

/**
 * What an agent may do to a dossier's state, by the names forms post ({@code action=accepter}),
 * on one dossier or on a batch.
 */
enum AgentAction {
    INSTRUIRE("instruire", DossierState.EN_INSTRUCTION),
    ACCEPTER("accepter", DossierState.ACCEPTE),
    REFUSER("refuser", DossierState.REFUSE),
    CLASSER("classer", DossierState.SANS_SUITE),
    REEXAMINER("reexaminer", DossierState.EN_INSTRUCTION);

    /** The longest motivation kept (the timeline's limit). */
    static final int MAX_MOTIVATION = 10_000;

    private final String param;
    private final DossierState target;

    AgentAction(String param, DossierState target) {
        this.param = param;
        this.target = target;
    }

    static Optional<AgentAction> of(String param) {
        return Arrays.stream(values()).filter(a -> a.param.equals(param)).findFirst();
    }

    String param() {
        return param;
    }

    DossierState target() {
        return target;
    }

    boolean decides() {
        return target.isFinal();
    }

    /**
     * Whether the action applies to a dossier in {@code state}. Starting instruction and
     * re-examining both lead to en_instruction, but from different states: a re-examination is
     * never made by mistake with the start button.
     */
    boolean appliesTo(DossierState state) {
        return switch (this) {
            case INSTRUIRE -> state == DossierState.EN_CONSTRUCTION;
            case REEXAMINER -> state.isFinal();
            default -> state.canMoveTo(target);
        };
    }
}

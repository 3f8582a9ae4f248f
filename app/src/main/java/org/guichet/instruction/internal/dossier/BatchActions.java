package org.guichet.instruction.internal.dossier;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guichet.dossier.Actor;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.DossierState;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.instruction.internal.InstructionAccess;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One action on many dossiers, all or nothing: the dossiers are locked and read in one transaction,
 * every one is checked first (within the agent's reach, in a state the action applies to), and only
 * when all pass are they changed, each through the dossier's own transition. If one cannot be
 * changed, none is.
 */
@Service
class BatchActions {

    /** The most dossiers one batch may carry: bounds the transaction and the work after it (one PDF per decision). */
    static final int MAX = 500;

    /**
     * A dossier the batch cannot change.
     *
     * @param reference its reference, or null when the agent may not know it (out of reach)
     * @param state its state when the action does not apply to it, else null
     */
    record Failure(UUID id, String reference, DossierState state) {}

    private final DossierManagement dossiers;
    private final InstructionAccess access;

    BatchActions(DossierManagement dossiers, InstructionAccess access) {
        this.dossiers = dossiers;
        this.access = access;
    }

    /**
     * Applies {@code action} to every dossier of {@code ids}, or to none.
     *
     * @return the dossiers that prevented the batch, in the order given; empty when all were changed
     */
    @Transactional
    List<Failure> apply(GuichetPrincipal agent, List<UUID> ids, AgentAction action, String motivation) {
        if (ids.size() > MAX) {
            throw new IllegalArgumentException("At most " + MAX + " dossiers per batch");
        }
        Map<UUID, Dossier> locked = dossiers.lockAll(ids).stream().collect(Collectors.toMap(Dossier::id, Function.identity()));
        List<Failure> failures = new ArrayList<>();
        for (UUID id : ids) {
            Dossier d = locked.get(id);
            // InstructionAccess decides reach, per dossier (routing groups make it finer than the démarche).
            if (d == null || access.findDossier(agent, id).isEmpty()) {
                failures.add(new Failure(id, null, null));
            } else if (!action.appliesTo(d.state())) {
                failures.add(new Failure(id, d.reference(), d.state()));
            }
        }
        if (!failures.isEmpty()) {
            return failures;
        }
        Actor actor = Actor.agent(agent.accountId());
        locked.values().stream().sorted(java.util.Comparator.comparing(Dossier::id)).forEach(d ->
                dossiers.transition(d.id(), action.target(), actor, d.version(), motivation));
        return List.of();
    }
}

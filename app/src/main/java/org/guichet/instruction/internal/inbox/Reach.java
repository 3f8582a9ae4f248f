package org.guichet.instruction.internal.inbox;

import java.util.List;
import java.util.UUID;

/**
 * The dossiers an agent may see in the inbox, as three lists the SQL reads: a dossier is in reach
 * when its démarche is in {@code wholeProcedures}, or its group is in {@code groups}, or it has no
 * group and its démarche is in {@code defaultGroupProcedures} (the agent is in the default group).
 *
 * @param procedures the démarches the agent instructs, by title, for the filter
 * @param everything whether the agent reaches every dossier of the tenant (an administrator or a
 *     tenant-wide instructeur in no group): the inbox then needs no condition on démarches, which
 *     lets PostgreSQL read the tenant's dossiers straight in the page's order
 */
public record Reach(List<VisibleProcedure> procedures, List<UUID> wholeProcedures, List<UUID> groups,
        List<UUID> defaultGroupProcedures, boolean everything) {

    boolean isEmpty() {
        return procedures.isEmpty();
    }

    boolean includes(UUID procedureId) {
        return procedures.stream().anyMatch(p -> p.id().equals(procedureId));
    }

    /** A démarche the agent instructs. */
    public record VisibleProcedure(UUID id, String title, boolean administered) {}
}

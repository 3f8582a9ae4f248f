package org.guichet.instruction.internal.exports;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.guichet.identity.AccountManagement;
import org.guichet.identity.AgentRole;
import org.guichet.identity.RoleGrant;
import org.guichet.instruction.internal.routing.GroupRepository;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.shared.AccountId;
import org.springframework.stereotype.Component;

/**
 * Which of a démarche's dossiers an export may hold: those its requester may instruct when it runs,
 * by the rule {@code InstructionAccess} applies to one dossier. An administrator of the démarche, or
 * an instructeur in none of its routing groups, reaches them all; a member of some groups reaches
 * their dossiers, and those in no group when one of them is the default group.
 */
@Component
class ExportReach {

    /** The SQL condition on {@code dossier d} for a {@link Scope}, with its three parameters. */
    static final String CONDITION = """
            (cast(? as boolean) or d.group_id = any(cast(? as uuid[])) or (d.group_id is null and cast(? as boolean)))""";

    /**
     * @param whole every dossier of the démarche
     * @param groups the routing groups whose dossiers are reached
     * @param ungrouped whether dossiers in no group are reached
     */
    record Scope(boolean whole, List<UUID> groups, boolean ungrouped) {

        Object[] parameters() {
            String array = groups.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
            return new Object[] {whole, array, ungrouped};
        }
    }

    private final AccountManagement accounts;
    private final ProcedureCatalogue procedures;
    private final GroupRepository groups;

    ExportReach(AccountManagement accounts, ProcedureCatalogue procedures, GroupRepository groups) {
        this.accounts = accounts;
        this.procedures = procedures;
        this.groups = groups;
    }

    /** The agent's scope in the démarche; empty when they no longer instruct it. */
    Optional<Scope> of(AccountId agent, UUID procedureId) {
        Optional<Procedure> procedure = procedures.findById(procedureId);
        if (procedure.isEmpty()) {
            return Optional.empty();
        }
        UUID service = procedure.get().serviceId();
        List<RoleGrant> grants = accounts.grantsOf(agent);
        boolean administers = covers(grants, service, AgentRole.ADMINISTRATEUR);
        if (!administers && !covers(grants, service, AgentRole.INSTRUCTEUR)) {
            return Optional.empty();
        }
        List<GroupRepository.Membership> mine = groups.memberships(agent.value()).stream()
                .filter(m -> m.procedureId().equals(procedureId)).toList();
        if (administers || mine.isEmpty()) {
            return Optional.of(new Scope(true, List.of(), true));
        }
        return Optional.of(new Scope(false, mine.stream().map(GroupRepository.Membership::groupId).toList(),
                mine.stream().anyMatch(GroupRepository.Membership::isDefault)));
    }

    private static boolean covers(List<RoleGrant> grants, UUID service, AgentRole role) {
        return grants.stream().anyMatch(g -> g.role() == role && (g.tenantWide() || g.serviceId().equals(service)));
    }
}

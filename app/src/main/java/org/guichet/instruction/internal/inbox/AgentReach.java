package org.guichet.instruction.internal.inbox;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.guichet.identity.AccountManagement;
import org.guichet.identity.AgentRole;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.identity.RoleGrant;
import org.guichet.instruction.internal.routing.GroupRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes an agent's {@link Reach} with two small queries (their groups, the tenant's démarches),
 * the same rule as {@code InstructionAccess} applies to one dossier, but for all of them at once.
 */
@Component
class AgentReach {

    /** A tenant has tens of démarches; this bounds the lists passed to the inbox queries. */
    private static final int MAX_PROCEDURES = 2000;

    private final AccountManagement accounts;
    private final GroupRepository groups;
    private final JdbcClient jdbc;

    AgentReach(AccountManagement accounts, GroupRepository groups, JdbcClient jdbc) {
        this.accounts = accounts;
        this.groups = groups;
        this.jdbc = jdbc;
    }

    Reach of(GuichetPrincipal agent) {
        List<RoleGrant> grants = accounts.grantsOf(agent.accountId());
        List<GroupRepository.Membership> memberships = groups.memberships(agent.accountId().value());
        List<Reach.VisibleProcedure> visible = new ArrayList<>();
        List<UUID> whole = new ArrayList<>();
        List<UUID> inGroups = new ArrayList<>();
        List<UUID> inDefault = new ArrayList<>();
        int[] seen = {0};
        jdbc.sql("select id, title, service_id from procedure order by lower(title), id limit ?").param(MAX_PROCEDURES)
                .query(rs -> {
                    seen[0]++;
                    UUID id = rs.getObject(1, UUID.class);
                    UUID service = rs.getObject(3, UUID.class);
                    if (!covers(grants, service, AgentRole.INSTRUCTEUR) && !covers(grants, service, AgentRole.ADMINISTRATEUR)) {
                        return;
                    }
                    boolean administered = covers(grants, service, AgentRole.ADMINISTRATEUR);
                    visible.add(new Reach.VisibleProcedure(id, rs.getString(2), administered));
                    List<GroupRepository.Membership> mine = memberships.stream().filter(m -> m.procedureId().equals(id)).toList();
                    if (administered || mine.isEmpty()) {
                        whole.add(id);
                        return;
                    }
                    mine.forEach(m -> inGroups.add(m.groupId()));
                    if (mine.stream().anyMatch(GroupRepository.Membership::isDefault)) {
                        inDefault.add(id);
                    }
                });
        boolean everything = seen[0] < MAX_PROCEDURES && whole.size() == seen[0];
        return new Reach(List.copyOf(visible), List.copyOf(whole), List.copyOf(inGroups), List.copyOf(inDefault), everything);
    }

    private static boolean covers(List<RoleGrant> grants, UUID service, AgentRole role) {
        return grants.stream().anyMatch(g -> g.role() == role && (g.tenantWide() || g.serviceId().equals(service)));
    }
}

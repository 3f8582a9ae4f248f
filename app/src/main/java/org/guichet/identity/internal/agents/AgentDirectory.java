package org.guichet.identity.internal.agents;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.guichet.identity.AgentRole;
import org.guichet.identity.RoleGrant;
import org.guichet.shared.AccountId;
import org.guichet.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agents of the current tenant (accounts with at least one role) and their roles. Row-level
 * security scopes every statement: another tenant's account or role is never found or changed.
 */
@Repository
public class AgentDirectory {

    private static final String AGENTS = """
            select a.id, a.email, a.given_name, a.family_name, r.id as grant_id, r.role, r.service_id
            from account a join account_role r on r.account_id = a.id
            """;

    private final JdbcClient jdbc;

    AgentDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The roles of an account, tenant-wide ones first. */
    @Transactional(readOnly = true)
    public List<RoleGrant> grants(AccountId account) {
        return jdbc.sql("select role, service_id from account_role where account_id = ? order by service_id nulls first, role")
                .param(account.value())
                .query((rs, n) -> new RoleGrant(AgentRole.valueOf(rs.getString("role")), rs.getObject("service_id", UUID.class)))
                .list();
    }

    /** The tenant's agents with their roles, by name, for other modules (through {@code AccountManagement}). */
    public List<org.guichet.identity.AccountManagement.AgentSummary> summaries() {
        return agents().stream().map(a -> new org.guichet.identity.AccountManagement.AgentSummary(
                new AccountId(a.accountId()), a.displayName(), a.email(),
                a.grants().stream().map(g -> new RoleGrant(g.role(), g.serviceId())).toList())).toList();
    }

    List<Agent> agents() {
        return group(jdbc.sql(AGENTS + " order by lower(a.family_name), lower(a.given_name), a.email, r.service_id nulls first, r.role")
                .query(this::row).list());
    }

    /** The agent with that account id; empty for an unknown id, another tenant's, or a citizen's. */
    Optional<Agent> agent(UUID accountId) {
        return group(jdbc.sql(AGENTS + " where a.id = ? order by r.service_id nulls first, r.role")
                .param(accountId).query(this::row).list()).stream().findFirst();
    }

    /** Whether an account with that email already has a role in this tenant. */
    boolean isAgent(String email) {
        return jdbc.sql("select exists (select 1 from account a join account_role r on r.account_id = a.id where a.email = cast(? as citext))")
                .param(email).query(Boolean.class).single();
    }

    Optional<UUID> accountIdByEmail(String email) {
        return jdbc.sql("select id from account where email = cast(? as citext)").param(email).query(UUID.class).optional();
    }

    /** Creates an account whose address is verified: the person opened a link sent to it. */
    UUID insertVerifiedAccount(String email, String givenName, String familyName, String passwordHash, Instant now) {
        return jdbc.sql("""
                insert into account (tenant_id, email, given_name, family_name, password_hash, email_verified_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(TenantContext.require().value(), email, givenName, familyName, passwordHash, Timestamp.from(now))
                .query(UUID.class).single();
    }

    boolean addGrant(UUID accountId, AgentRole role, UUID serviceId) {
        return jdbc.sql("""
                insert into account_role (tenant_id, account_id, role, service_id) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(TenantContext.require().value(), accountId, role.name(), serviceId).update() == 1;
    }

    boolean removeGrant(UUID accountId, UUID grantId) {
        return jdbc.sql("delete from account_role where id = ? and account_id = ?").params(grantId, accountId).update() == 1;
    }

    /** Removes every role of an account, returning those removed. */
    List<Grant> removeAll(UUID accountId) {
        return jdbc.sql("delete from account_role where account_id = ? returning id, role, service_id").param(accountId)
                .query((rs, n) -> new Grant(rs.getObject("id", UUID.class), AgentRole.valueOf(rs.getString("role")),
                        rs.getObject("service_id", UUID.class)))
                .list();
    }

    /**
     * Locks and counts the administrator roles of an account, so that two requests removing them
     * at the same time cannot both see one left.
     */
    int lockAdministratorGrants(UUID accountId) {
        return jdbc.sql("select id from account_role where account_id = ? and role = 'ADMINISTRATEUR' for update")
                .param(accountId).query(UUID.class).list().size();
    }

    private Row row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getString("email"), rs.getString("given_name"),
                rs.getString("family_name"), new Grant(rs.getObject("grant_id", UUID.class),
                AgentRole.valueOf(rs.getString("role")), rs.getObject("service_id", UUID.class)));
    }

    private static List<Agent> group(List<Row> rows) {
        Map<UUID, Agent> agents = new LinkedHashMap<>();
        for (Row row : rows) {
            agents.computeIfAbsent(row.accountId, id -> new Agent(id, row.email, row.givenName, row.familyName, new ArrayList<>()))
                    .grants().add(row.grant);
        }
        return List.copyOf(agents.values());
    }

    private record Row(UUID accountId, String email, String givenName, String familyName, Grant grant) {}

    /** An agent and their roles. */
    record Agent(UUID accountId, String email, String givenName, String familyName, List<Grant> grants) {

        public String displayName() {
            String name = (givenName + " " + familyName).strip();
            return name.isEmpty() ? email : name;
        }

        long administratorGrants() {
            return grants.stream().filter(g -> g.role() == AgentRole.ADMINISTRATEUR).count();
        }
    }

    /** One role of an agent; {@code serviceId} is null for the whole tenant. */
    record Grant(UUID id, AgentRole role, UUID serviceId) {}
}

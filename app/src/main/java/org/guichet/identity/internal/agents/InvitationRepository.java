package org.guichet.identity.internal.agents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guichet.identity.AgentRole;
import org.guichet.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Invitations of the current tenant (row-level security scopes every statement). */
@Repository
class InvitationRepository {

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(String email, List<AgentRole> roles, UUID serviceId, UUID invitedBy, byte[] tokenHash, Instant expiresAt) {
        String[] names = roles.stream().map(AgentRole::name).toArray(String[]::new);
        return jdbc.sql("""
                insert into agent_invitation (tenant_id, email, roles, service_id, invited_by, token_hash, expires_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(TenantContext.require().value(), email, names, serviceId, invitedBy, tokenHash,
                        Timestamp.from(expiresAt))
                .query(UUID.class).single();
    }

    List<Invitation> pending(Instant now) {
        return jdbc.sql("""
                select * from agent_invitation
                where accepted_at is null and cancelled_at is null and expires_at > ?
                order by created_at desc limit 500""")
                .param(Timestamp.from(now)).query(InvitationRepository::map).list();
    }

    Optional<Invitation> find(UUID id) {
        return jdbc.sql("select * from agent_invitation where id = ?").param(id).query(InvitationRepository::map).optional();
    }

    Optional<Invitation> findByTokenHash(byte[] hash) {
        return jdbc.sql("select * from agent_invitation where token_hash = ?").param(hash)
                .query(InvitationRepository::map).optional();
    }

    /** Cancels a pending invitation; false when it is not pending any more (or not this tenant's). */
    boolean cancel(UUID id, Instant now) {
        return jdbc.sql("""
                update agent_invitation set cancelled_at = ?
                where id = ? and accepted_at is null and cancelled_at is null and expires_at > ?""")
                .params(Timestamp.from(now), id, Timestamp.from(now)).update() == 1;
    }

    /** Cancels the pending invitations of an address, returning their ids. */
    List<UUID> cancelPendingFor(String email, Instant now) {
        return jdbc.sql("""
                update agent_invitation set cancelled_at = ?
                where email = cast(? as citext) and accepted_at is null and cancelled_at is null and expires_at > ? returning id""")
                .params(Timestamp.from(now), email, Timestamp.from(now)).query(UUID.class).list();
    }

    /**
     * Marks a pending invitation accepted by {@code accountId}. Single statement and conditional,
     * so that two people using the same link at once cannot both succeed.
     */
    boolean markAccepted(UUID id, UUID accountId, Instant now) {
        return jdbc.sql("""
                update agent_invitation set accepted_at = ?, accepted_by = ?
                where id = ? and accepted_at is null and cancelled_at is null and expires_at > ?""")
                .params(Timestamp.from(now), accountId, id, Timestamp.from(now)).update() == 1;
    }

    private static Invitation map(ResultSet rs, int row) throws SQLException {
        String[] roles = (String[]) rs.getArray("roles").getArray();
        return new Invitation(rs.getObject("id", UUID.class), rs.getString("email"),
                Arrays.stream(roles).map(AgentRole::valueOf).toList(), rs.getObject("service_id", UUID.class),
                instant(rs, "expires_at"), instant(rs, "accepted_at"), instant(rs, "cancelled_at"), instant(rs, "created_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}

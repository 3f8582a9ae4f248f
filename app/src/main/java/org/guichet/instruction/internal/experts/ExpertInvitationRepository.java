package org.guichet.instruction.internal.experts;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guichet.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Expert invitations of the current tenant; row-level security scopes every statement. */
@Repository
class ExpertInvitationRepository {

    private static final String COLUMNS = "id, dossier_id, invited_by, email, question, confidential, deadline, invited_at,"
            + " expires_at, answered_at, opinion, document_id";

    private final JdbcClient jdbc;

    ExpertInvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(TenantId tenant, Invitation i, byte[] tokenHash) {
        jdbc.sql("""
                insert into expert_invitation (id, tenant_id, dossier_id, invited_by, email, question, confidential,
                                               deadline, invited_at, expires_at, token_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(i.id(), tenant.value(), i.dossierId(), i.invitedBy(), i.email(), i.question(), i.confidential(),
                        i.deadline() == null ? null : Date.valueOf(i.deadline()), Timestamp.from(i.invitedAt()),
                        Timestamp.from(i.expiresAt()), tokenHash)
                .update();
    }

    Optional<Invitation> findByTokenHash(byte[] tokenHash) {
        return jdbc.sql("select " + COLUMNS + " from expert_invitation where token_hash = ?").param(tokenHash)
                .query(ExpertInvitationRepository::map).optional();
    }

    Optional<Invitation> find(UUID dossierId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from expert_invitation where dossier_id = ? and id = ?").params(dossierId, id)
                .query(ExpertInvitationRepository::map).optional();
    }

    List<Invitation> forDossier(UUID dossierId) {
        return jdbc.sql("select " + COLUMNS + " from expert_invitation where dossier_id = ? order by invited_at, id")
                .param(dossierId).query(ExpertInvitationRepository::map).list();
    }

    /** Records the opinion if the link is still open; false when it was used or expired meanwhile. */
    boolean answer(UUID id, String opinion, UUID documentId, Instant at) {
        return jdbc.sql("""
                update expert_invitation set answered_at = ?, opinion = ?, document_id = ?
                where id = ? and answered_at is null and expires_at > ?""")
                .params(Timestamp.from(at), opinion, documentId, id, Timestamp.from(at)).update() == 1;
    }

    private static Invitation map(ResultSet rs, int n) throws SQLException {
        Date deadline = rs.getDate("deadline");
        Timestamp answered = rs.getTimestamp("answered_at");
        return new Invitation(rs.getObject("id", UUID.class), rs.getObject("dossier_id", UUID.class),
                rs.getObject("invited_by", UUID.class), rs.getString("email"), rs.getString("question"),
                rs.getBoolean("confidential"), deadline == null ? null : deadline.toLocalDate(),
                rs.getTimestamp("invited_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                answered == null ? null : answered.toInstant(), rs.getString("opinion"),
                rs.getObject("document_id", UUID.class));
    }
}

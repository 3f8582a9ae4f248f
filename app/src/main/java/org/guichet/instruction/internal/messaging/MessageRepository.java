package org.guichet.instruction.internal.messaging;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.guichet.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Messages of the current tenant's dossiers; row-level security scopes every statement. */
@Repository
public class MessageRepository {

    /** A message as stored, its attachments as document ids in the order they were sent. */
    public record Row(UUID id, String authorKind, UUID authorId, String body, Instant sentAt, List<UUID> documentIds) {}

    private final JdbcClient jdbc;

    MessageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the message unless its key was already used on this dossier; true when inserted. */
    public boolean insert(TenantId tenant, UUID id, UUID dossierId, String authorKind, UUID authorId, String body,
            Instant sentAt, UUID idempotencyKey) {
        return jdbc.sql("""
                insert into dossier_message (id, tenant_id, dossier_id, author_kind, author_id, body, sent_at, idempotency_key)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (dossier_id, idempotency_key) do nothing""")
                .params(id, tenant.value(), dossierId, authorKind, authorId, body, Timestamp.from(sentAt), idempotencyKey)
                .update() == 1;
    }

    public void addAttachment(TenantId tenant, UUID messageId, UUID documentId, int position) {
        jdbc.sql("insert into dossier_message_attachment (tenant_id, message_id, document_id, position) values (?, ?, ?, ?)")
                .params(tenant.value(), messageId, documentId, position).update();
    }

    /** The dossier's thread, oldest first. */
    public List<Row> thread(UUID dossierId) {
        return jdbc.sql("""
                select m.id, m.author_kind, m.author_id, m.body, m.sent_at,
                       coalesce(array_agg(a.document_id order by a.position) filter (where a.document_id is not null), '{}') as docs
                from dossier_message m left join dossier_message_attachment a on a.message_id = m.id
                where m.dossier_id = ? group by m.id order by m.sent_at, m.id""")
                .param(dossierId)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("author_kind"),
                        rs.getObject("author_id", UUID.class), rs.getString("body"),
                        rs.getTimestamp("sent_at").toInstant(), List.of((UUID[]) rs.getArray("docs").getArray())))
                .list();
    }

    /** Whether the document was sent in this dossier's thread. */
    public boolean isAttachmentOf(UUID dossierId, UUID documentId) {
        return jdbc.sql("""
                select exists (select 1 from dossier_message_attachment a join dossier_message m on m.id = a.message_id
                               where m.dossier_id = ? and a.document_id = ?)""")
                .params(dossierId, documentId).query(Boolean.class).single();
    }

    /**
     * The agents who handle the dossier and so hear of the usager's messages: the one it is assigned to,
     * those who follow it, and those who already wrote in the thread.
     */
    public List<UUID> agentsToTell(UUID dossierId) {
        return jdbc.sql("""
                select assigned_to from dossier where id = :dossier and assigned_to is not null
                union
                select account_id from dossier_follower where dossier_id = :dossier
                union
                select author_id from dossier_message
                where dossier_id = :dossier and author_kind = 'AGENT' and author_id is not null
                limit 50""")
                .param("dossier", dossierId).query(UUID.class).list();
    }
}

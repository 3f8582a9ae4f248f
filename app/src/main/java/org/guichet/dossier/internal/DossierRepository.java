package org.guichet.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guichet.dossier.Actor;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierState;
import org.guichet.dossier.FilingChannel;
import org.guichet.dossier.TimelineEntry;
import org.guichet.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Dossiers of the current tenant; row-level security scopes every statement. */
@Repository
public class DossierRepository {

    private static final String COLUMNS = "id, procedure_id, procedure_version, reference, state, owner_account_id, answers::text as answers,"
            + " version, created_at, updated_at, submitted_at, decided_at, channel, contact_name, contact_email";

    private final JdbcClient jdbc;

    DossierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public UUID insertDraft(TenantId tenant, UUID procedure, int version, UUID owner, Instant now) {
        return jdbc.sql("""
                insert into dossier (tenant_id, procedure_id, procedure_version, owner_account_id, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(tenant.value(), procedure, version, owner, ts(now), ts(now)).query(UUID.class).single();
    }

    /** A draft filed without the usager's own account: anonymously, or by an agent on behalf of a person. */
    public UUID insertDraftOnBehalf(TenantId tenant, UUID procedure, int version, UUID owner, FilingChannel channel,
            UUID agent, String contactName, String contactEmail, Instant now) {
        return jdbc.sql("""
                insert into dossier (tenant_id, procedure_id, procedure_version, owner_account_id, channel,
                                     filed_by_agent_id, contact_name, contact_email, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(tenant.value(), procedure, version, owner, channel.name(), agent, contactName, contactEmail,
                        ts(now), ts(now)).query(UUID.class).single();
    }

    public void setTrackingCodeHash(UUID id, String hash) {
        jdbc.sql("update dossier set tracking_code_hash = ? where id = ?").params(hash, id).update();
    }

    public Optional<UUID> findByTrackingCodeHash(String hash) {
        return jdbc.sql("select id from dossier where tracking_code_hash = ?").param(hash).query(UUID.class).optional();
    }

    public Optional<Dossier> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from dossier where id = ?").param(id)
                .query(DossierRepository::map).optional();
    }

    /** Reads and locks the row until the transaction ends, so that concurrent changes queue. */
    public Optional<Dossier> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from dossier where id = ? for update").param(id)
                .query(DossierRepository::map).optional();
    }

    /**
     * Reads and locks the given dossiers, always in id order, so that two batches over the same
     * dossiers queue instead of deadlocking. Unknown ids (or another tenant's) are left out.
     */
    public List<Dossier> lockAll(java.util.Collection<UUID> ids) {
        return jdbc.sql("select " + COLUMNS + " from dossier where id = any(cast(? as uuid[])) order by id for update")
                .param(ids.stream().map(UUID::toString).toArray(String[]::new)).query(DossierRepository::map).list();
    }

    public List<Dossier> findByOwner(UUID owner, int limit) {
        return jdbc.sql("select " + COLUMNS + " from dossier where owner_account_id = ? order by updated_at desc limit ?")
                .params(owner, limit).query(DossierRepository::map).list();
    }

    /** Replaces the answers and returns the dossier as saved, without reading it again. */
    public Dossier updateAnswers(UUID id, String answersJson, Instant now) {
        return jdbc.sql("""
                update dossier set answers = cast(? as jsonb), version = version + 1, updated_at = ?,
                       expiry_warned_at = null
                where id = ?""" + " returning " + COLUMNS)
                .params(answersJson, ts(now), id).query(DossierRepository::map).single();
    }

    public void markSubmitted(UUID id, String reference, Instant now) {
        jdbc.sql("""
                update dossier set state = 'EN_CONSTRUCTION', reference = ?, submitted_at = ?, updated_at = ?,
                       version = version + 1
                where id = ?""").params(reference, ts(now), ts(now), id).update();
    }

    public void updateState(UUID id, DossierState to, Instant now) {
        Instant instructionStarted = to == DossierState.EN_INSTRUCTION ? now : null;
        jdbc.sql("""
                update dossier set state = ?, version = version + 1, updated_at = ?,
                       instruction_started_at = coalesce(?, instruction_started_at), decided_at = ?
                where id = ?""")
                .params(to.name(), ts(now), ts(instructionStarted), to.isFinal() ? ts(now) : null, id).update();
    }

    /** Keeps the current answers as the next revision, before they are replaced. */
    public void keepRevision(TenantId tenant, UUID dossier, Instant now) {
        jdbc.sql("""
                insert into dossier_revision (tenant_id, dossier_id, revision, answers, replaced_at)
                select ?, id, coalesce((select max(revision) from dossier_revision where dossier_id = ?), 0) + 1, answers, ?
                from dossier where id = ?""")
                .params(tenant.value(), dossier, ts(now), dossier).update();
    }

    public List<org.guichet.dossier.AnswerRevision> revisions(UUID dossier) {
        return jdbc.sql("""
                select revision, answers::text, replaced_at from dossier_revision
                where dossier_id = ? order by revision limit 500""")
                .param(dossier)
                .query((rs, n) -> new org.guichet.dossier.AnswerRevision(rs.getInt(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }

    public void setAcknowledgement(UUID dossier, UUID document) {
        jdbc.sql("update dossier set acknowledgement_document_id = ? where id = ?").params(document, dossier).update();
    }

    public Optional<UUID> acknowledgement(UUID dossier) {
        return jdbc.sql("select acknowledgement_document_id from dossier where id = ? and acknowledgement_document_id is not null")
                .param(dossier).query(UUID.class).optional();
    }

    /** The next reference number of the tenant for that year, allocated under a row lock. */
    public int nextReferenceNumber(TenantId tenant, int year) {
        return jdbc.sql("""
                insert into dossier_reference_counter (tenant_id, year, last) values (?, ?, 1)
                on conflict (tenant_id, year) do update set last = dossier_reference_counter.last + 1
                returning last""").params(tenant.value(), year).query(Integer.class).single();
    }

    public void addEvent(TenantId tenant, UUID dossier, Instant at, String kind, DossierState from, DossierState to,
            Actor actor, String reason) {
        jdbc.sql("""
                insert into dossier_event (tenant_id, dossier_id, occurred_at, kind, from_state, to_state,
                                           actor_kind, actor_id, reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), dossier, ts(at), kind, from == null ? null : from.name(),
                        to == null ? null : to.name(), actor.kind().name(), actor.accountId(), reason)
                .update();
    }

    public List<TimelineEntry> timeline(UUID dossier) {
        return jdbc.sql("""
                select occurred_at, kind, from_state, to_state, actor_kind, reason
                from dossier_event where dossier_id = ? order by occurred_at, id limit 1000""")
                .param(dossier)
                .query((rs, n) -> new TimelineEntry(rs.getTimestamp("occurred_at").toInstant(), rs.getString("kind"),
                        state(rs.getString("from_state")), state(rs.getString("to_state")),
                        Actor.Kind.valueOf(rs.getString("actor_kind")), rs.getString("reason")))
                .list();
    }

    private static DossierState state(String name) {
        return name == null ? null : DossierState.valueOf(name);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Dossier map(ResultSet rs, int row) throws SQLException {
        return new Dossier(rs.getObject("id", UUID.class), rs.getObject("procedure_id", UUID.class),
                rs.getInt("procedure_version"), rs.getString("reference"), DossierState.valueOf(rs.getString("state")),
                rs.getObject("owner_account_id", UUID.class), rs.getString("answers"), rs.getInt("version"),
                instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "submitted_at"),
                instant(rs, "decided_at"), FilingChannel.valueOf(rs.getString("channel")), rs.getString("contact_name"),
                rs.getString("contact_email"));
    }
}

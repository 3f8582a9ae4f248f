package org.guichet.instruction.internal.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guichet.dossier.DossierState;
import org.guichet.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Decisions of the current tenant; row-level security scopes every statement. */
@Repository
public class DecisionRepository {

    private static final String COLUMNS = "id, dossier_id, outcome, motivation, document_id, decided_by, decided_at,"
            + " first_opened_at, superseded_at";

    private final JdbcClient jdbc;

    DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a decision once: the same transition seen twice (a replayed event) inserts nothing. */
    Optional<UUID> insert(TenantId tenant, UUID dossier, DossierState outcome, String motivation, UUID decidedBy,
            Instant decidedAt) {
        return jdbc.sql("""
                insert into dossier_decision (tenant_id, dossier_id, outcome, motivation, decided_by, decided_at)
                values (?, ?, ?, ?, ?, ?) on conflict (dossier_id, decided_at) do nothing returning id""")
                .params(tenant.value(), dossier, outcome.name(), motivation, decidedBy, Timestamp.from(decidedAt))
                .query(UUID.class).optional();
    }

    /** Withdraws the standing decisions of a dossier (re-examination); they stay in its history. */
    void supersede(UUID dossier, Instant at) {
        jdbc.sql("update dossier_decision set superseded_at = ? where dossier_id = ? and superseded_at is null")
                .params(Timestamp.from(at), dossier).update();
    }

    public Optional<Decision> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from dossier_decision where id = ?").param(id)
                .query(DecisionRepository::map).optional();
    }

    /** Every decision of a dossier, latest first. */
    public List<Decision> ofDossier(UUID dossier) {
        return jdbc.sql("select " + COLUMNS + " from dossier_decision where dossier_id = ? order by decided_at desc limit 100")
                .param(dossier).query(DecisionRepository::map).list();
    }

    /** The decision that stands on a dossier, if any. */
    public Optional<Decision> standing(UUID dossier) {
        return ofDossier(dossier).stream().filter(Decision::standing).findFirst();
    }

    void attachDocument(UUID decision, UUID document) {
        jdbc.sql("update dossier_decision set document_id = ? where id = ? and document_id is null")
                .params(document, decision).update();
    }

    /** Records the first opening; true only for the call that recorded it. */
    boolean markFirstOpened(UUID decision, Instant at) {
        return jdbc.sql("update dossier_decision set first_opened_at = ? where id = ? and first_opened_at is null")
                .params(Timestamp.from(at), decision).update() == 1;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Decision map(ResultSet rs, int row) throws SQLException {
        return new Decision(rs.getObject("id", UUID.class), rs.getObject("dossier_id", UUID.class),
                DossierState.valueOf(rs.getString("outcome")), rs.getString("motivation"),
                rs.getObject("document_id", UUID.class), rs.getObject("decided_by", UUID.class),
                instant(rs, "decided_at"), instant(rs, "first_opened_at"), instant(rs, "superseded_at"));
    }
}

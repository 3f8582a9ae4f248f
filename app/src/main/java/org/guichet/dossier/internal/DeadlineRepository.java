package org.guichet.dossier.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guichet.dossier.Correction;
import org.guichet.dossier.CorrectionClock;
import org.guichet.dossier.ImplicitDecisionDue;
import org.guichet.procedure.SilenceRule;
import org.guichet.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Implicit decision dates, correction requests and the per-démarche clock rule; row-level security scopes all. */
@Repository
public class DeadlineRepository {

    private final JdbcClient jdbc;

    DeadlineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void setDue(UUID dossier, LocalDate on, SilenceRule rule) {
        jdbc.sql("update dossier set implicit_decision_on = ?, implicit_decision_rule = ? where id = ?")
                .params(date(on), rule == null ? null : rule.name(), dossier).update();
    }

    /** Stops the clock (a correction is pending, or a decision was taken); the rule is kept. */
    public void stopClock(UUID dossier) {
        jdbc.sql("update dossier set implicit_decision_on = null where id = ?").param(dossier).update();
    }

    public void restartClock(UUID dossier, LocalDate on) {
        jdbc.sql("update dossier set implicit_decision_on = ? where id = ?").params(date(on), dossier).update();
    }

    public Optional<ImplicitDecisionDue> due(UUID dossier) {
        return jdbc.sql("select implicit_decision_on, implicit_decision_rule from dossier where id = ? and implicit_decision_on is not null")
                .param(dossier)
                .query((rs, n) -> new ImplicitDecisionDue(rs.getDate(1).toLocalDate(), SilenceRule.valueOf(rs.getString(2))))
                .optional();
    }

    public Optional<SilenceRule> rule(UUID dossier) {
        return jdbc.sql("select implicit_decision_rule from dossier where id = ? and implicit_decision_rule is not null")
                .param(dossier).query((rs, n) -> SilenceRule.valueOf(rs.getString(1))).optional();
    }

    /** Dossiers still undecided whose delay ended before {@code today} (uses the partial index). */
    public List<UUID> dueBefore(LocalDate today, int limit) {
        return jdbc.sql("""
                select id from dossier
                where state in ('EN_CONSTRUCTION', 'EN_INSTRUCTION') and implicit_decision_on is not null
                  and implicit_decision_on < ?
                order by implicit_decision_on limit ?""")
                .params(date(today), limit).query(UUID.class).list();
    }

    public void setAttestation(UUID dossier, UUID document) {
        jdbc.sql("update dossier set implicit_decision_document_id = ? where id = ?").params(document, dossier).update();
    }

    public Optional<UUID> attestation(UUID dossier) {
        return jdbc.sql("select implicit_decision_document_id from dossier where id = ? and implicit_decision_document_id is not null")
                .param(dossier).query(UUID.class).optional();
    }

    public void insertCorrection(TenantId tenant, UUID dossier, Instant at, UUID agent, String message, List<String> missing,
            LocalDate dueOn, LocalDate decisionWasDueOn) {
        jdbc.sql("""
                insert into dossier_correction (tenant_id, dossier_id, requested_at, requested_by, message, missing,
                                                due_on, decision_was_due_on)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tenant.value(), dossier, Timestamp.from(at), agent, message, missing.toArray(String[]::new),
                        date(dueOn), date(decisionWasDueOn))
                .update();
    }

    public Optional<Correction> pendingCorrection(UUID dossier) {
        return jdbc.sql("""
                select requested_at, message, missing, due_on, decision_was_due_on from dossier_correction
                where dossier_id = ? and completed_at is null""")
                .param(dossier)
                .query((rs, n) -> new Correction(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        Arrays.asList((String[]) rs.getArray(3).getArray()), rs.getDate(4).toLocalDate(),
                        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate()))
                .optional();
    }

    public void completeCorrection(UUID dossier, Instant at) {
        jdbc.sql("update dossier_correction set completed_at = ? where dossier_id = ? and completed_at is null")
                .params(Timestamp.from(at), dossier).update();
    }

    public CorrectionClock clockOf(UUID procedure) {
        return jdbc.sql("select mode from procedure_correction_clock where procedure_id = ?").param(procedure)
                .query(String.class).optional().map(CorrectionClock::valueOf).orElse(CorrectionClock.RESTART);
    }

    public void setClock(TenantId tenant, UUID procedure, CorrectionClock clock) {
        jdbc.sql("""
                insert into procedure_correction_clock (procedure_id, tenant_id, mode) values (?, ?, ?)
                on conflict (procedure_id) do update set mode = excluded.mode""")
                .params(procedure, tenant.value(), clock.name()).update();
    }

    private static Date date(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
    }
}

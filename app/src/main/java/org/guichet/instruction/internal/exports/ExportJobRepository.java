package org.guichet.instruction.internal.exports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.guichet.dossier.DossierState;
import org.guichet.shared.AccountId;
import org.guichet.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Export jobs of the current tenant (row-level security): another tenant's job is never found. */
@Repository
class ExportJobRepository {

    private static final String COLUMNS = """
            id, procedure_id, requested_by, format, array_to_string(columns, ','), state_filter, status, rows_done,
            rows_total, file_name, locale, created_at, finished_at, expires_at
            """;

    private final JdbcClient jdbc;

    ExportJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Column keys never hold a comma: dossier column names and form field ids ([a-z][a-z0-9_]*). */
    void insert(ExportJob job) {
        jdbc.sql("""
                insert into export_job (id, tenant_id, procedure_id, requested_by, format, columns, state_filter,
                                        status, locale, created_at, expires_at)
                values (?, ?, ?, ?, ?, string_to_array(?, ','), ?, ?, ?, ?, ?)""")
                .params(job.id(), TenantContext.require().value(), job.procedureId(), job.requestedBy().value(),
                        job.format().name(), String.join(",", job.columns()),
                        job.stateFilter() == null ? null : job.stateFilter().name(), job.status().name(),
                        job.locale().getLanguage(), Timestamp.from(job.createdAt()), Timestamp.from(job.expiresAt()))
                .update();
    }

    Optional<ExportJob> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from export_job where id = ?").param(id)
                .query(ExportJobRepository::map).optional();
    }

    /** The agent's own job; empty for anyone else's. */
    Optional<ExportJob> findOwn(UUID id, AccountId agent) {
        return jdbc.sql("select " + COLUMNS + " from export_job where id = ? and requested_by = ?")
                .params(id, agent.value()).query(ExportJobRepository::map).optional();
    }

    List<ExportJob> recent(AccountId agent, UUID procedureId, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from export_job where requested_by = ? and procedure_id = ? order by created_at desc limit ?""")
                .params(agent.value(), procedureId, limit).query(ExportJobRepository::map).list();
    }

    void started(UUID id, int rowsTotal) {
        jdbc.sql("update export_job set status = 'RUNNING', rows_total = ?, rows_done = 0 where id = ?")
                .params(rowsTotal, id).update();
    }

    void progressed(UUID id, int rowsDone) {
        jdbc.sql("update export_job set rows_done = ? where id = ?").params(rowsDone, id).update();
    }

    void done(UUID id, int rowsDone, String fileName, Instant at) {
        jdbc.sql("update export_job set status = 'DONE', rows_done = ?, file_name = ?, finished_at = ? where id = ?")
                .params(rowsDone, fileName, Timestamp.from(at), id).update();
    }

    void failed(UUID id, Instant at) {
        jdbc.sql("update export_job set status = 'FAILED', finished_at = ? where id = ?")
                .params(Timestamp.from(at), id).update();
    }

    List<UUID> expired(Instant now) {
        return jdbc.sql("select id from export_job where expires_at <= ?").param(Timestamp.from(now))
                .query(UUID.class).list();
    }

    void delete(UUID id) {
        jdbc.sql("delete from export_job where id = ?").param(id).update();
    }

    private static ExportJob map(ResultSet rs, int row) throws SQLException {
        String state = rs.getString(6);
        Timestamp finished = rs.getTimestamp(13);
        return new ExportJob(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                new AccountId(rs.getObject(3, UUID.class)), ExportFormat.valueOf(rs.getString(4)),
                Arrays.asList(rs.getString(5).split(",")), state == null ? null : DossierState.valueOf(state),
                ExportJob.Status.valueOf(rs.getString(7)), rs.getInt(8), (Integer) rs.getObject(9), rs.getString(10),
                Locale.forLanguageTag(rs.getString(11)), rs.getTimestamp(12).toInstant(),
                finished == null ? null : finished.toInstant(), rs.getTimestamp(14).toInstant());
    }
}

package org.guichet.instruction.internal.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.guichet.forms.Field;
import org.guichet.forms.FormValidator;
import org.guichet.forms.FormValues;
import org.guichet.forms.FrenchGeography;
import org.guichet.dossier.DossierAnswers;
import org.guichet.forms.FormDefinition;
import org.guichet.instruction.internal.exports.ExportColumns.Column;
import org.guichet.procedure.ProcedureForms;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantContext;
import org.guichet.tenancy.TenantManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes an export job's file. The dossiers are read through a server-side cursor (PostgreSQL's
 * driver streams only inside a transaction with a fetch size, hence the read-only one) and each row
 * goes straight to the file, so memory does not grow with the number of dossiers. The count and the
 * rows come from one repeatable-read snapshot, so the progress total is exact. Progress is saved
 * every {@value #PROGRESS_EVERY} rows in its own short transaction, for the job page to show.
 *
 * <p>Run again after a crash (db-scheduler re-runs a dead execution), a job starts over; a job
 * already finished is left alone. A failure leaves no file behind and marks the job failed.
 */
@Component
class ExportRunner {

    static final int PROGRESS_EVERY = 1_000;
    /** Rows per round trip to PostgreSQL: a few hundred kilobytes held at a time. */
    private static final int FETCH_SIZE = 2_000;
    private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

    /** The dossiers an export holds: submitted ones of the démarche, in the state asked, within reach. */
    private static final String WHERE = " where d.procedure_id = ? and d.state <> 'BROUILLON'"
            + " and (cast(? as text) is null or d.state = ?) and " + ExportReach.CONDITION;

    private static final String ROWS = """
            select d.reference, d.state, d.submitted_at, d.updated_at, d.decided_at,
                   trim(coalesce(a.given_name, '') || ' ' || coalesce(a.family_name, '')), a.email::text, d.answers::text
            from dossier d left join account a on a.id = d.owner_account_id""" + WHERE + " order by d.submitted_at, d.id";

    private final ExportJobRepository jobs;
    private final ExportFiles files;
    private final ExportReach reach;
    private final ProcedureForms forms;
    private final TenantManagement tenants;
    private final MessageSource messages;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final TransactionTemplate shortTx;
    private final Clock clock;

    ExportRunner(ExportJobRepository jobs, ExportFiles files, ExportReach reach, ProcedureForms forms, TenantManagement tenants,
            MessageSource messages, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jobs = jobs;
        this.files = files;
        this.reach = reach;
        this.forms = forms;
        this.tenants = tenants;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.shortTx = new TransactionTemplate(transactions);
        shortTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void run(TenantId tenant, UUID jobId) {
        TenantContext.runAs(tenant, () -> shortTx.execute(s -> jobs.find(jobId)).ifPresentOrElse(job -> {
            if (job.finished()) {
                return;
            }
            try {
                ZoneId zone = tenants.findById(tenant).map(Tenant::timeZone).orElse(ZoneId.of("Europe/Paris"));
                int rows = write(tenant, job, zone);
                // The file is in place before the job says so: a download never races the rename.
                files.complete(tenant, job.id(), job.format());
                String fileName = "export-" + job.createdAt().atZone(zone).toLocalDate() + "-"
                        + job.id().toString().substring(0, 8) + "." + job.format().extension();
                shortTx.executeWithoutResult(t -> jobs.done(job.id(), rows, fileName, clock.instant()));
            } catch (RuntimeException e) {
                log.warn("Export {} failed", job.id(), e);
                files.delete(tenant, job.id(), job.format());
                shortTx.executeWithoutResult(s -> jobs.failed(job.id(), clock.instant()));
            }
        }, () -> log.warn("Export {} not found: nothing to do", jobId)));
    }

    /** Writes the file under its temporary name; returns the number of dossiers written. */
    private int write(TenantId tenant, ExportJob job, ZoneId zone) {
        // Checked again when the job runs: an agent who lost the démarche, or a group, since asking gets less.
        ExportReach.Scope scope = reach.of(job.requestedBy(), job.procedureId())
                .orElseThrow(() -> new IllegalStateException("The requester no longer instructs the démarche"));
        FormDefinition form = forms.currentVersion(job.procedureId()).flatMap(v -> forms.version(job.procedureId(), v))
                .orElse(null);
        List<Column> columns = new ExportColumns(Optional.ofNullable(form)).chosen(job.columns());
        boolean needsAnswers = columns.stream().anyMatch(Column::isField);
        FormValidator validator = new FormValidator(clock.withZone(zone), FrenchGeography.official());
        String state = job.stateFilter() == null ? null : job.stateFilter().name();
        Map<String, String> stateNames = new HashMap<>();
        int[] written = {0};
        try (OutputStream out = files.create(tenant, job.id()); SheetWriter sheet = job.format().open(out)) {
            snapshot.executeWithoutResult(s -> {
                // One long read by design: the pool's statement timeout is for requests.
                jdbc.execute("set local statement_timeout = 0");
                Integer total = jdbc.queryForObject("select count(*) from dossier d" + WHERE, Integer.class,
                        parameters(job, state, scope));
                shortTx.executeWithoutResult(t -> jobs.started(job.id(), total));
                sheet.header(columns.stream().map(c -> heading(c, job)).toList());
                jdbc.query(connection -> {
                    PreparedStatement statement = connection.prepareStatement(ROWS);
                    statement.setFetchSize(FETCH_SIZE);
                    Object[] parameters = parameters(job, state, scope);
                    for (int i = 0; i < parameters.length; i++) {
                        statement.setObject(i + 1, parameters[i]);
                    }
                    return statement;
                }, (RowCallbackHandler) rs -> {
                    sheet.row(cells(rs, columns, needsAnswers ? form : null, validator, zone, stateNames, job));
                    if (++written[0] % PROGRESS_EVERY == 0) {
                        int done = written[0];
                        shortTx.executeWithoutResult(t -> jobs.progressed(job.id(), done));
                    }
                });
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written[0];
    }

    private static Object[] parameters(ExportJob job, String state, ExportReach.Scope scope) {
        Object[] reached = scope.parameters();
        return new Object[] {job.procedureId(), state, state, reached[0], reached[1], reached[2]};
    }

    private List<Object> cells(ResultSet rs, List<Column> columns, FormDefinition form, FormValidator validator,
            ZoneId zone, Map<String, String> stateNames, ExportJob job) throws SQLException {
        FormValues values = form == null ? FormValues.empty()
                : validator.validateForm(form, DossierAnswers.fromJson(rs.getString(8))).values();
        List<Object> cells = new ArrayList<>(columns.size());
        for (Column column : columns) {
            cells.add(switch (column.key()) {
                case "reference" -> rs.getString(1);
                case "state" -> stateNames.computeIfAbsent(rs.getString(2),
                        state -> messages.getMessage("state." + state, null, job.locale()));
                case "submitted_at" -> local(rs.getTimestamp(3), zone);
                case "updated_at" -> local(rs.getTimestamp(4), zone);
                case "decided_at" -> local(rs.getTimestamp(5), zone);
                case "applicant_name" -> rs.getString(6);
                case "applicant_email" -> rs.getString(7);
                default -> AnswerCells.cell(column.field().orElseThrow(), values);
            });
        }
        return cells;
    }

    private String heading(Column column, ExportJob job) {
        return column.field().map(Field::label)
                .orElseGet(() -> messages.getMessage("exports.column." + column.key(), null, job.locale()));
    }

    private static LocalDateTime local(Timestamp time, ZoneId zone) {
        return time == null ? null : time.toInstant().atZone(zone).toLocalDateTime();
    }
}

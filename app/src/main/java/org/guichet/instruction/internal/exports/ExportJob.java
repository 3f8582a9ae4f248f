package org.guichet.instruction.internal.exports;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.guichet.dossier.DossierState;
import org.guichet.shared.AccountId;

/**
 * An agent's export request and how far it got.
 *
 * @param columns the chosen column keys ({@link ExportColumns})
 * @param stateFilter only dossiers in this state, or null for every submitted dossier
 * @param rowsTotal the number of dossiers to write, known once the job started
 * @param fileName the name the file is downloaded under, once done
 */
public record ExportJob(UUID id, UUID procedureId, AccountId requestedBy, ExportFormat format, List<String> columns,
        DossierState stateFilter, Status status, int rowsDone, Integer rowsTotal, String fileName, Locale locale,
        Instant createdAt, Instant finishedAt, Instant expiresAt) {

    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    public ExportJob {
        columns = List.copyOf(columns);
    }

    /** Whole percent of the rows written; 100 when done, 0 before the count is known. */
    public int percent() {
        if (status == Status.DONE) {
            return 100;
        }
        if (rowsTotal == null || rowsTotal == 0) {
            return 0;
        }
        return (int) Math.min(99, rowsDone * 100L / rowsTotal);
    }

    public boolean finished() {
        return status == Status.DONE || status == Status.FAILED;
    }
}

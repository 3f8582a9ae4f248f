package org.guichet.instruction.internal.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.guichet.dossier.DossierState;

/**
 * A line of the inbox.
 *
 * @param deadline the day silence becomes a decision, or null
 * @param assignee the assigned agent's name, or null
 * @param cursor where the next page starts when this is the page's last line
 */
public record InboxRow(UUID id, String reference, String applicant, UUID procedureId, DossierState state,
        Instant submittedAt, Instant updatedAt, LocalDate deadline, String assignee, List<LabelView> labels,
        InboxFilter.Cursor cursor) {

    InboxRow withLabels(List<LabelView> newLabels) {
        return new InboxRow(id, reference, applicant, procedureId, state, submittedAt, updatedAt, deadline, assignee,
                List.copyOf(newLabels), cursor);
    }

    /** A label as a govuk tag. */
    public record LabelView(UUID id, String name, String colour) {}
}

package org.guichet.instruction.internal.inbox;

import java.util.Arrays;
import java.util.Optional;

/**
 * The inbox's tabs, as their URL names; each is a condition on the dossier row ({@code d}). The
 * "mine" tab's pages and counts are read from the agent's own dossiers instead (see
 * {@link InboxRepository} and {@link TabCounts}); its condition tells whether a dossier in hand is mine.
 */
public enum InboxTab {
    MINE("a-moi", "(d.assigned_to = ? or exists (select 1 from dossier_follower f where f.dossier_id = d.id and f.account_id = ?))"),
    NEW("nouveaux", "d.state = 'EN_CONSTRUCTION'"),
    EXAMINING("en-instruction", "d.state = 'EN_INSTRUCTION'"),
    PROCESSED("traites", "d.state in ('ACCEPTE', 'REFUSE', 'SANS_SUITE')"),
    ALL("tous", "true");

    final String slug;
    final String condition;

    InboxTab(String slug, String condition) {
        this.slug = slug;
        this.condition = condition;
    }

    public String slug() {
        return slug;
    }

    /** How many times the condition takes the agent's account id. */
    int accountParameters() {
        return (int) condition.chars().filter(c -> c == '?').count();
    }

    static Optional<InboxTab> of(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }
}

package org.guichet.instruction.internal.inbox;

import java.util.Arrays;
import java.util.Optional;

/** The inbox's tabs, as their URL names; each is a condition on the dossier row ({@code d}). */
public enum InboxTab {
    // Driven from the agent's few assigned and followed dossiers (two small index lookups), not from the tenant's.
    MINE("a-moi", "d.id in (select x.id from dossier x where x.assigned_to = ?"
            + " union all select f.dossier_id from dossier_follower f where f.account_id = ?)"),
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

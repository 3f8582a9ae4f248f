package org.guichet.instruction.internal.inbox;

import java.util.Arrays;
import java.util.Optional;

/** The orders the inbox offers; each is a keyset on (column, id), served by an index of V71. */
public enum InboxSort {
    UPDATED_DESC("maj-desc", "updated_at", true),
    UPDATED_ASC("maj-asc", "updated_at", false),
    SUBMITTED_DESC("depot-desc", "submitted_at", true),
    SUBMITTED_ASC("depot-asc", "submitted_at", false);

    final String slug;
    final String column;
    final boolean descending;

    InboxSort(String slug, String column, boolean descending) {
        this.slug = slug;
        this.column = column;
        this.descending = descending;
    }

    public String slug() {
        return slug;
    }

    String orderBy() {
        String direction = descending ? " desc" : "";
        return "d." + column + direction + ", d.id" + direction;
    }

    /** Rows strictly after the cursor in this order. */
    String after() {
        return "(d." + column + ", d.id) " + (descending ? "<" : ">") + " (?, ?)";
    }

    static Optional<InboxSort> of(String slug) {
        return Arrays.stream(values()).filter(s -> s.slug.equals(slug)).findFirst();
    }
}

package org.guichet.instruction.internal.inbox;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.guichet.instruction.internal.inbox.InboxRepository.Conditions;
import org.guichet.instruction.internal.inbox.InboxRepository.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * How many dossiers each inbox tab holds, at a cost that does not grow with the tenant. Without
 * filters beyond démarche and state, the state tabs are read from {@code dossier_tally} (exact, a few
 * rows, V113) and "mine" is a count of the agent's own dossiers read from an index (V114). With any
 * other filter or a search, one pass over the first matching dossiers counts every tab at once. Counts
 * read from dossiers stop past {@link #CAP} and then say "at least": in the benchmark's largest tenant
 * (280,000 dossiers) counting 10,000 matches of a common name took 122 ms, 1,000 took 27–40 ms, and
 * 10,000 of an agent's dossiers 8 ms against 1 ms.
 */
@Repository
class TabCounts {

    static final int CAP = 1_000;

    /** A tab's count: exact, or at least this many. */
    record Count(long dossiers, boolean atLeast) {}

    private final JdbcClient jdbc;

    TabCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<InboxTab, Count> of(Scope scope, InboxFilter filter) {
        return talliedFiltersOnly(filter) ? tallied(scope, filter) : scanned(scope, filter);
    }

    /** Whether every filter is one {@code dossier_tally} has a column for. */
    private static boolean talliedFiltersOnly(InboxFilter f) {
        return f.submittedFrom() == null && f.submittedTo() == null && f.updatedFrom() == null && f.updatedTo() == null
                && f.labelId() == null && f.assignee() == null && f.deadline() == null && SearchQuery.of(f.query()) == null;
    }

    private Map<InboxTab, Count> tallied(Scope scope, InboxFilter filter) {
        Conditions where = scope.tallied(filter);
        List<InboxTab> tabs = List.of(InboxTab.NEW, InboxTab.EXAMINING, InboxTab.PROCESSED, InboxTab.ALL);
        List<String> sums = tabs.stream()
                .map(tab -> "coalesce(sum(d.dossiers) filter (where %s), 0)".formatted(tab.condition)).toList();
        Map<InboxTab, Count> counts = new EnumMap<>(InboxTab.class);
        jdbc.sql("select " + String.join(", ", sums) + " from dossier_tally d where " + where.sql())
                .params(where.params())
                .query(rs -> {
                    for (int i = 0; i < tabs.size(); i++) {
                        counts.put(tabs.get(i), new Count(rs.getLong(i + 1), false));
                    }
                });
        counts.put(InboxTab.MINE, mine(scope, filter));
        return counts;
    }

    /** The agent's assigned and followed dossiers, each side read from its own index and capped. */
    private Count mine(Scope scope, InboxFilter filter) {
        Conditions ids = scope.mine(scope.conditions(filter), "limit " + (CAP + 1));
        long found = jdbc.sql("select count(*) from (" + ids.sql() + ") mine").params(ids.params()).query(Long.class).single();
        return found > CAP ? new Count(CAP, true) : new Count(found, false);
    }

    private Map<InboxTab, Count> scanned(Scope scope, InboxFilter filter) {
        Conditions where = scope.conditions(filter);
        List<Object> params = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (InboxTab tab : InboxTab.values()) {
            columns.add("count(*) filter (where %s)".formatted(tab.condition));
            for (int i = 0; i < tab.accountParameters(); i++) {
                params.add(scope.agent());
            }
        }
        params.addAll(where.params());
        Map<InboxTab, Count> counts = new EnumMap<>(InboxTab.class);
        jdbc.sql("select %s from (select d.id, d.state, d.assigned_to from dossier d where %s limit %d) d"
                        .formatted(String.join(", ", columns), where.sql(), CAP + 1))
                .params(params)
                .query(rs -> {
                    boolean capped = rs.getLong(InboxTab.ALL.ordinal() + 1) > CAP;
                    for (InboxTab tab : InboxTab.values()) {
                        counts.put(tab, new Count(Math.min(rs.getLong(tab.ordinal() + 1), CAP), capped));
                    }
                });
        return counts;
    }
}

package org.guichet.instruction.internal.inbox;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.guichet.dossier.DossierState;
import org.guichet.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inbox's read model: one query for a page and one for the page's labels ({@link TabCounts} counts
 * the tabs). Every condition is a column of the dossier row or an indexed lookup (see V71), the page is a
 * keyset on (sort key, id) so page 400 costs what page 1 costs.
 */
@Repository
class InboxRepository {

    static final int PAGE_SIZE = 50;
    /** "Deadline near": within this many days. */
    static final int NEAR_DAYS = 14;

    private final JdbcClient jdbc;

    InboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Plans every query of the current transaction for its own values. After five runs of the same
     * statement PostgreSQL may keep one generic plan for every value, and no plan suits every tenant
     * and every search: the generic plan of the search page sorted all matches of a common name
     * (250 ms at 1,000,000 dossiers, against 8 ms planned for the name). Planning costs well under 1 ms.
     */
    void planForEachValue() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    /** A page of at most {@link #PAGE_SIZE} rows, plus one to tell whether another page follows. */
    List<InboxRow> page(Scope scope, InboxFilter filter) {
        Conditions where = filter.tab() == InboxTab.MINE ? mine(scope, filter) : scope.conditions(filter, filter.tab());
        if (filter.tab() != InboxTab.MINE && filter.cursor() != null) {
            where.add(filter.sort().after(), Timestamp.from(filter.cursor().at()), filter.cursor().id());
        }
        String column = filter.sort().column;
        List<InboxRow> rows = jdbc.sql("""
                select d.id, d.reference, d.applicant_name, d.procedure_id, d.state, d.submitted_at, d.updated_at,
                       d.implicit_decision_on, d.%s as sort_key, a.given_name, a.family_name, a.email
                from dossier d left join account a on a.id = d.assigned_to
                where %s order by %s limit %d""".formatted(column, where.sql(), filter.sort().orderBy(), PAGE_SIZE + 1))
                .params(where.params())
                .query((rs, n) -> new InboxRow(rs.getObject("id", UUID.class), rs.getString("reference"),
                        rs.getString("applicant_name"), rs.getObject("procedure_id", UUID.class),
                        DossierState.valueOf(rs.getString("state")), rs.getTimestamp("submitted_at").toInstant(),
                        rs.getTimestamp("updated_at").toInstant(), rs.getObject("implicit_decision_on", LocalDate.class),
                        rs.getString("email") == null ? null : displayName(rs.getString("given_name"),
                                rs.getString("family_name"), rs.getString("email")), List.of(),
                        new InboxFilter.Cursor(rs.getTimestamp("sort_key").toInstant(), rs.getObject("id", UUID.class))))
                .list();
        return withLabels(rows);
    }

    /**
     * The "mine" tab's page: the first rows of the agent's assigned dossiers and of their followed ones,
     * each read in the page's order from its own index, then merged. Asking PostgreSQL for the tenant's
     * dossiers that are in the agent's list made it gather the whole list first (0.3 s for 20,000).
     */
    private static Conditions mine(Scope scope, InboxFilter filter) {
        Conditions where = scope.conditions(filter);
        if (filter.cursor() != null) {
            where.add(filter.sort().after(), Timestamp.from(filter.cursor().at()), filter.cursor().id());
        }
        Conditions ids = scope.mine(where, "order by %s limit %d".formatted(filter.sort().orderBy(), PAGE_SIZE + 1));
        Conditions mine = new Conditions();
        mine.add("d.id in (select m.id from (" + ids.sql() + ") m)", ids.params().toArray());
        return mine;
    }

    private List<InboxRow> withLabels(List<InboxRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<InboxRow.LabelView>> labels = new HashMap<>();
        jdbc.sql("""
                select l.dossier_id, i.id, i.name, i.colour from dossier_label l join instruction_label i on i.id = l.label_id
                where l.dossier_id = any(cast(? as uuid[])) order by lower(i.name)""")
                .param(Scope.array(rows.stream().map(InboxRow::id).toList()))
                .query(rs -> {
                    labels.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new InboxRow.LabelView(rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4)));
                });
        return rows.stream().map(r -> r.withLabels(labels.getOrDefault(r.id(), List.of()))).toList();
    }

    static String displayName(String given, String family, String email) {
        String name = (given + " " + family).strip();
        return name.isEmpty() ? email : name;
    }

    /** Who asks (their reach and account), where (tenant, time zone) and when (today, for deadlines). */
    record Scope(TenantId tenant, UUID agent, Reach reach, ZoneId zone, LocalDate today) {

        Conditions conditions(InboxFilter f, InboxTab tab) {
            Conditions c = conditions(f);
            Object[] me = new Object[tab.accountParameters()];
            java.util.Arrays.fill(me, agent);
            c.add(tab.condition, me);
            return c;
        }

        /** The conditions of every tab: the agent's reach and the filters. */
        Conditions conditions(InboxFilter f) {
            Conditions c = tallied(f);
            c.add("d.state <> 'BROUILLON'");
            range(c, "submitted_at", f.submittedFrom(), f.submittedTo());
            range(c, "updated_at", f.updatedFrom(), f.updatedTo());
            if (f.labelId() != null) {
                c.add("exists (select 1 from dossier_label l where l.dossier_id = d.id and l.label_id = ?)", f.labelId());
            }
            if (f.assignee() != null) {
                if (f.assignee().nobody()) {
                    c.add("d.assigned_to is null");
                } else {
                    c.add("d.assigned_to = ?", f.assignee().accountId());
                }
            }
            if (f.deadline() != null) {
                c.add("d.implicit_decision_on is not null and d.state in ('EN_CONSTRUCTION', 'EN_INSTRUCTION')");
                if (f.deadline() == InboxFilter.Deadline.PASSED) {
                    c.add("d.implicit_decision_on < ?", today);
                } else {
                    c.add("d.implicit_decision_on between ? and ?", today, today.plusDays(NEAR_DAYS));
                }
            }
            String query = SearchQuery.of(f.query());
            if (query != null) {
                c.add("d.search @@ to_tsquery('guichet_french', ?)", query);
            }
            return c;
        }

        /**
         * The ids of the agent's assigned dossiers and followed ones that meet {@code where}, as a union
         * of two selects each ending with {@code tail} (order and limit), each read from its own index.
         */
        Conditions mine(Conditions where, String tail) {
            String branch = "(select d.id from dossier d %s where %s and %s " + tail + ")";
            List<Object> params = new ArrayList<>(where.params());
            params.add(agent);
            params.addAll(where.params());
            params.add(agent);
            Conditions ids = new Conditions();
            ids.add(branch.formatted("", where.sql(), "d.assigned_to = ?") + " union "
                    + branch.formatted("join dossier_follower f on f.dossier_id = d.id", where.sql(), "f.account_id = ?"),
                    params.toArray());
            return ids;
        }

        /**
         * The conditions that {@code dossier_tally} rows can answer too (its columns are a subset of the
         * dossier's, under the same names): tenant, reach, démarche and state.
         */
        Conditions tallied(InboxFilter f) {
            Conditions c = new Conditions();
            c.add("d.tenant_id = ?", tenant.value());
            reach(c);
            if (f.procedureId() != null) {
                c.add("d.procedure_id = ?", f.procedureId());
            }
            if (f.state() != null) {
                c.add("d.state = ?", f.state().name());
            }
            return c;
        }

        /** Only the non-empty parts of the reach, so the planner sees no always-false branch of an OR. */
        private void reach(Conditions c) {
            if (reach.everything()) {
                return;
            }
            List<String> any = new ArrayList<>();
            List<Object> params = new ArrayList<>();
            if (!reach.wholeProcedures().isEmpty()) {
                any.add("d.procedure_id = any(cast(? as uuid[]))");
                params.add(array(reach.wholeProcedures()));
            }
            if (!reach.groups().isEmpty()) {
                any.add("d.group_id = any(cast(? as uuid[]))");
                params.add(array(reach.groups()));
            }
            if (!reach.defaultGroupProcedures().isEmpty()) {
                any.add("(d.group_id is null and d.procedure_id = any(cast(? as uuid[])))");
                params.add(array(reach.defaultGroupProcedures()));
            }
            c.add(any.isEmpty() ? "false" : "(" + String.join(" or ", any) + ")", params.toArray());
        }

        private void range(Conditions c, String column, LocalDate from, LocalDate to) {
            if (from != null) {
                c.add("d." + column + " >= ?", Timestamp.from(from.atStartOfDay(zone).toInstant()));
            }
            if (to != null) {
                c.add("d." + column + " < ?", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()));
            }
        }

        /** A PostgreSQL array literal of ids, bound as text and cast, which every driver version accepts. */
        static String array(List<UUID> ids) {
            return ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
        }
    }

    /** A conjunction of SQL conditions and their parameters, in order. */
    static final class Conditions {
        private final List<String> parts = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        void add(String condition, Object... values) {
            parts.add(condition);
            params.addAll(List.of(values));
        }

        String sql() {
            return String.join(" and ", parts);
        }

        List<Object> params() {
            return params;
        }
    }
}

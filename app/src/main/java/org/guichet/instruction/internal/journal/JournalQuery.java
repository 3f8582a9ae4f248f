package org.guichet.instruction.internal.journal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the current tenant's audit trail (row-level security scopes it), newest first, 50 at a time.
 * Pages are cut by id ("older than this entry"), which follows the order entries were written, so a
 * page never repeats nor skips an entry while new ones arrive. Read-only: nothing here writes.
 */
@Repository
class JournalQuery {

    static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    JournalQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What to show. Null fields filter nothing; {@code to} is exclusive. */
    record Filter(String actionPrefix, String actor, String target, Instant from, Instant to, Long before) {}

    /**
     * @param actorName the account's display name, when the actor is an account id
     * @param actorEmail the account's email, when the actor is an account id
     * @param dossierReference the dossier's reference, when the target is a dossier id
     */
    record Entry(long id, Instant at, String actor, String actorName, String actorEmail, String action, String target,
            String dossierReference, String ipAddress) {}

    /** Up to {@link #PAGE_SIZE} + 1 entries: one more tells that an older page exists. */
    List<Entry> find(Filter f) {
        return jdbc.sql("""
                select e.id, e.occurred_at, e.actor, e.action, e.target, host(e.ip_address) as ip,
                       a.email, nullif(trim(a.given_name || ' ' || a.family_name), '') as name, d.reference
                from audit_event e
                left join account a on a.id = case when e.actor ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                                                   then e.actor::uuid end
                left join dossier d on d.id = case when e.target ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                                                   then e.target::uuid end
                where (cast(:action as text) is null or e.action like cast(:action as text) escape '\\')
                  and (cast(:actor as text) is null or e.actor = cast(:actor as text)
                       or e.actor in (select id::text from account where email = cast(:actor as text)))
                  and (cast(:target as text) is null or e.target = cast(:target as text)
                       or e.target in (select id::text from dossier where reference = cast(:target as text)))
                  and (cast(:from as timestamptz) is null or e.occurred_at >= cast(:from as timestamptz))
                  and (cast(:to as timestamptz) is null or e.occurred_at < cast(:to as timestamptz))
                  and (cast(:before as bigint) is null or e.id < cast(:before as bigint))
                order by e.id desc
                limit :limit""")
                .param("action", f.actionPrefix() == null ? null : escapeLike(f.actionPrefix()) + "%")
                .param("actor", f.actor())
                .param("target", f.target())
                .param("from", f.from() == null ? null : Timestamp.from(f.from()))
                .param("to", f.to() == null ? null : Timestamp.from(f.to()))
                .param("before", f.before())
                .param("limit", PAGE_SIZE + 1)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("name"), rs.getString("email"), rs.getString("action"),
                        rs.getString("target"), rs.getString("reference"), rs.getString("ip")))
                .list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

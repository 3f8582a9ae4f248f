package org.guichet.dossier;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.guichet.identity.AccountManagement;
import org.guichet.notification.EmailRequested;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.shared.AccountId;
import org.guichet.tenancy.PublicUrls;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantManagement;
import org.guichet.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Drafts untouched for 3 months expire, after a warning sent 14 days before (DOMAIN.md rule 7).
 * A draft is deleted only once its owner was warned at least 14 days earlier, so a missed run never
 * deletes without notice. Editing a draft clears the warning.
 */
@Service
public class DraftExpiry {

    static final int EXPIRY_MONTHS = 3;
    static final Duration NOTICE = Duration.ofDays(14);
    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final TenantManagement tenants;
    private final TenantScope scope;
    private final AccountManagement accounts;
    private final ProcedureCatalogue procedures;
    private final PublicUrls urls;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    DraftExpiry(JdbcClient jdbc, TenantManagement tenants, TenantScope scope, AccountManagement accounts,
            ProcedureCatalogue procedures, PublicUrls urls, ApplicationEventPublisher events, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.scope = scope;
        this.accounts = accounts;
        this.procedures = procedures;
        this.urls = urls;
        this.events = events;
        this.tx = tx;
    }

    /** Warns and expires drafts of every tenant as of {@code now}; returns how many were deleted. */
    public int run(Instant now) {
        int deleted = 0;
        for (Tenant tenant : tenants.all()) {
            deleted += runFor(tenant, now);
        }
        return deleted;
    }

    /** Warns and expires the drafts of one tenant as of {@code now}; returns how many were deleted. */
    public int runFor(Tenant tenant, Instant now) {
        return scope.call(tenant.id(), () -> tx.execute(status -> {
            warn(tenant, now);
            return expire(now);
        }));
    }

    private void warn(Tenant tenant, Instant now) {
        Instant untouchedSince = expiryLimit(now).plus(NOTICE);
        List<Draft> drafts = jdbc.sql("""
                select id, procedure_id, owner_account_id from dossier
                where state = 'BROUILLON' and expiry_warned_at is null and updated_at < ? limit ?""")
                .params(Timestamp.from(untouchedSince), BATCH)
                .query((rs, n) -> new Draft(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class))).list();
        for (Draft draft : drafts) {
            jdbc.sql("update dossier set expiry_warned_at = ? where id = ?").params(Timestamp.from(now), draft.id()).update();
            if (draft.owner() == null) {
                continue;
            }
            accounts.contactOf(new AccountId(draft.owner())).ifPresent(contact -> {
                String title = procedures.findById(draft.procedure()).map(p -> p.title()).orElse("");
                String link = urls.of(tenant, "/mes-demarches");
                events.publishEvent(new EmailRequested(tenant.id(), contact.email(),
                        "Votre brouillon « " + title + " » sera supprimé dans 14 jours",
                        """
                        Bonjour %s,

                        Vous avez commencé la démarche « %s » mais ne l’avez pas envoyée.
                        Sans modification de votre part, ce brouillon sera supprimé dans 14 jours,
                        comme le prévoit notre politique de protection des données.

                        Pour le reprendre : %s

                        %s
                        """.formatted(contact.displayName(), title, link, tenant.name()),
                        "dossier.draft-expiry-warning"));
            });
        }
    }

    private int expire(Instant now) {
        return jdbc.sql("""
                delete from dossier where id in (
                    select id from dossier
                    where state = 'BROUILLON' and updated_at < ? and expiry_warned_at <= ? limit ?)""")
                .params(Timestamp.from(expiryLimit(now)), Timestamp.from(now.minus(NOTICE)), BATCH).update();
    }

    private static Instant expiryLimit(Instant now) {
        return now.atOffset(ZoneOffset.UTC).minusMonths(EXPIRY_MONTHS).toInstant();
    }

    private record Draft(UUID id, UUID procedure, UUID owner) {}
}

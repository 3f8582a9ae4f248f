package org.guichet.identity.internal;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;
import org.guichet.shared.TenantId;
import org.guichet.support.IntegrationTest;
import org.guichet.support.TestTenants;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the identity tests share: a fresh portal, unique addresses, and reading the database and audit trail. */
abstract class IdentityTestSupport extends IntegrationTest {

    static final String GOOD_PASSWORD = "un chat sur le toit du moulin";

    @Autowired
    JdbcClient jdbc;

    TestTenants.TestTenant portal;

    @BeforeEach
    void freshPortal() {
        portal = tenants.create();
    }

    PortalClient browser() {
        return new PortalClient(mvc, portal.host());
    }

    static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
    }

    /** Runs a query as the test tenant, as row-level security requires. */
    <T> T asPortal(Supplier<T> query) {
        return TenantContext.callAs(portal.id(), query);
    }

    /** Waits until the audit trail of {@code tenant} holds {@code action} about {@code target}. */
    void awaitAudit(TenantId tenant, String action, String target) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            int found = TenantContext.callAs(tenant, () -> jdbc.sql(
                    "select count(*) from audit_event where action = ? and target = ?")
                    .params(action, target).query(Integer.class).single());
            if (found > 0) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("No audit event " + action + " about " + target);
    }

    String accountIdOf(String email) {
        return asPortal(() -> jdbc.sql("select id from account where email = ?").param(email)
                .query(UUID.class).single()).toString();
    }

    boolean isVerified(String email) {
        return asPortal(() -> jdbc.sql("select email_verified_at is not null from account where email = ?")
                .param(email).query(Boolean.class).single());
    }

    /** Moves every link of the account for {@code purpose} into the past. */
    void expireLinks(String email, String purpose) {
        asPortal(() -> jdbc.sql("""
                update account_token set expires_at = now() - interval '1 minute'
                where purpose = ? and account_id = (select id from account where email = ?)""")
                .params(purpose, email).update());
    }
}

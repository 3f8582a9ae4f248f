package org.guichet.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads the audit trail in tests; events reach it after their transaction commits, so reads wait a little. */
public final class AuditTrail {

    private AuditTrail() {}

    /** The actions recorded for {@code tenant} whose target contains {@code targetPart}, waiting up to 10 s for {@code expected}. */
    public static List<String> awaitAction(JdbcClient jdbc, TenantId tenant, String expected, String targetPart) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        List<String> actions;
        do {
            actions = TenantContext.callAs(tenant, () -> jdbc.sql(
                            "select action from audit_event where target like ? order by id")
                    .param("%" + targetPart + "%").query(String.class).list());
            if (actions.contains(expected)) {
                return actions;
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        assertThat(actions).as("audit actions on " + targetPart).contains(expected);
        return actions;
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}

package org.guichet.tenancy;

import java.util.function.Supplier;
import org.guichet.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs work for a tenant outside a web request (event listeners, jobs). Connections taken
 * afterwards carry the tenant; if a transaction is already open (an
 * {@code @ApplicationModuleListener} opens one before its body runs), its connection is switched
 * to the tenant too, for that transaction only.
 */
@Component
public class TenantScope {

    private static final String SET_LOCAL = "select set_config('guichet.tenant_id', ?, true)";

    private final JdbcClient jdbc;

    TenantScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public <T> T call(TenantId tenant, Supplier<T> work) {
        String previous = TenantContext.current().map(TenantId::toString).orElse("");
        return TenantContext.callAs(tenant, () -> {
            boolean inTransaction = TransactionSynchronizationManager.isActualTransactionActive();
            if (inTransaction) {
                jdbc.sql(SET_LOCAL).param(tenant.toString()).query(String.class).single();
            }
            try {
                return work.get();
            } finally {
                if (inTransaction) {
                    jdbc.sql(SET_LOCAL).param(previous).query(String.class).single();
                }
            }
        });
    }

    public void run(TenantId tenant, Runnable work) {
        call(tenant, () -> {
            work.run();
            return null;
        });
    }
}

package org.guichet.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.guichet.support.IntegrationTest;
import org.guichet.support.TestTenants.TestTenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Tenant isolation is enforced by PostgreSQL itself, whatever the application's queries forget. */
class RowLevelSecurityIntegrationTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void queryWithoutTenantSeesNoTenantRows() {
        TestTenant a = tenants.create();
        tenants.account(a, "someone@example.org");

        assertThat(TenantContext.current()).isEmpty();
        for (String table : new String[] {"account", "account_role", "service_unit", "account_token",
                "agent_invitation", "external_identity", "oidc_provider", "tenant_logo"}) {
            assertThat(jdbc.sql("select count(*) from " + table).query(Long.class).single())
                    .as(table).isZero();
        }
    }

    @Test
    void tenantSeesOnlyItsOwnRows() {
        TestTenant a = tenants.create();
        TestTenant b = tenants.create();
        tenants.account(a, "a@example.org");
        tenants.account(b, "b@example.org");

        var emailsSeenByA = TenantContext.callAs(a.id(),
                () -> jdbc.sql("select email from account").query(String.class).list());

        assertThat(emailsSeenByA).containsExactly("a@example.org");
    }

    @Test
    void cannotWriteRowsIntoAnotherTenant() {
        TestTenant a = tenants.create();
        TestTenant b = tenants.create();

        assertThatThrownBy(() -> TenantContext.runAs(a.id(), () -> jdbc.sql(
                "insert into service_unit (tenant_id, name) values (?, 'Intrus')").param(b.id().value()).update()))
                .rootCause().hasMessageContaining("violates row-level security policy");
    }

    @Test
    void cannotChangeAnotherTenantsRowsEvenByPrimaryKey() {
        TestTenant a = tenants.create();
        TestTenant b = tenants.create();
        UUID accountOfB = tenants.account(b, "victim@example.org").value();

        int changed = TenantContext.callAs(a.id(), () -> jdbc.sql(
                "update account set email = 'stolen@example.org' where id = ?").param(accountOfB).update());

        assertThat(changed).isZero();
        assertThat(TenantContext.callAs(b.id(), () -> jdbc.sql("select email from account where id = ?")
                .param(accountOfB).query(String.class).single())).isEqualTo("victim@example.org");
    }

    @Test
    void applicationRoleCannotBypassRowLevelSecurity() {
        var role = jdbc.sql("""
                select rolsuper, rolbypassrls from pg_roles where rolname = current_user""")
                .query((rs, n) -> new boolean[] {rs.getBoolean(1), rs.getBoolean(2)}).single();
        long ownedTables = jdbc.sql("select count(*) from pg_tables where tableowner = current_user")
                .query(Long.class).single();

        assertThat(role[0]).as("superuser").isFalse();
        assertThat(role[1]).as("bypassrls").isFalse();
        assertThat(ownedTables).as("tables owned by the application role").isZero();
    }

    @Test
    void everyTableWithATenantColumnHasForcedRowLevelSecurity() {
        var unprotected = jdbc.sql("""
                select c.relname from pg_class c
                join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
                join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
                where c.relkind = 'r' and (not c.relrowsecurity or not c.relforcerowsecurity)
                  and c.relname <> 'tenant_hostname'""").query(String.class).list();

        assertThat(unprotected).isEmpty();
    }
}

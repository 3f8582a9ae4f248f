package org.guichet.support;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.guichet.identity.AccountManagement;
import org.guichet.identity.AgentRole;
import org.guichet.shared.AccountId;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantContext;
import org.guichet.tenancy.TenantKind;
import org.guichet.tenancy.TenantManagement;
import org.springframework.boot.test.context.TestComponent;

/** Creates fresh tenants and accounts so that each test works on data no other test touches. */
@TestComponent
public class TestTenants {

    public static final String PASSWORD = "correct horse battery staple";

    private final TenantManagement tenants;
    private final AccountManagement accounts;

    TestTenants(TenantManagement tenants, AccountManagement accounts) {
        this.tenants = tenants;
        this.accounts = accounts;
    }

    /** A new commune answering on {@code <slug>.localhost}. */
    public TestTenant create() {
        String slug = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String host = slug + ".localhost";
        TenantId id = tenants.create(new TenantManagement.NewTenant(slug, "Commune " + slug, TenantKind.COMMUNE,
                ZoneId.of("Europe/Paris"), host, new Tenant.Contact("1 place de la Mairie", "mairie@" + host, "0102030405")));
        return new TestTenant(id, slug, host);
    }

    /** A verified account in {@code tenant}, with the given agent roles. */
    public AccountId account(TestTenant tenant, String email, AgentRole... roles) {
        return TenantContext.callAs(tenant.id(), () -> {
            AccountId id = accounts.ensureVerifiedAccount(email, "Prénom", "Nom", PASSWORD);
            for (AgentRole role : roles) {
                accounts.grantRole(id, role, Optional.empty());
            }
            return id;
        });
    }

    /** A tenant created for one test. */
    public record TestTenant(TenantId id, String slug, String host) {}
}

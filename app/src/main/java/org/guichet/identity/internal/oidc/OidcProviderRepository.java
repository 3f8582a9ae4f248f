package org.guichet.identity.internal.oidc;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guichet.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The current tenant's providers: row-level security scopes every query to it. */
@Repository
class OidcProviderRepository {

    private final JdbcClient jdbc;

    OidcProviderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OidcProvider> all() {
        return jdbc.sql("select * from oidc_provider order by audience, label").query(OidcProvider.class).list();
    }

    List<OidcProvider> enabled() {
        return jdbc.sql("select * from oidc_provider where enabled order by label").query(OidcProvider.class).list();
    }

    Optional<OidcProvider> findById(UUID id) {
        return jdbc.sql("select * from oidc_provider where id = ?").param(id).query(OidcProvider.class).optional();
    }

    Optional<OidcProvider> findByRegistrationId(String registrationId) {
        return jdbc.sql("select * from oidc_provider where registration_id = ?").param(registrationId)
                .query(OidcProvider.class).optional();
    }

    /** The enabled provider with this id: the only ones anyone may sign in with. */
    Optional<OidcProvider> findEnabled(String registrationId) {
        return findByRegistrationId(registrationId).filter(OidcProvider::enabled);
    }

    /** Adds a provider; empty when its registration id was taken meanwhile (two submissions at once). */
    Optional<UUID> insert(OidcProvider p) {
        return jdbc.sql("""
                insert into oidc_provider (tenant_id, registration_id, label, audience, issuer_uri, client_id,
                    client_secret, scopes, acr_values, enabled, id_token_signing_alg)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?)
                on conflict (tenant_id, registration_id) do nothing returning id""")
                .params(TenantContext.require().value(), p.registrationId(), p.label(), p.audience().name(),
                        p.issuerUri(), p.clientId(), p.clientSecret(), p.scopes(), p.acrValues(), p.idTokenSigningAlg())
                .query(UUID.class).optional();
    }

    /** Changes what may change; the registration id and the issuer never do (they key the linked identities). */
    void update(OidcProvider p) {
        jdbc.sql("""
                update oidc_provider set label = ?, audience = ?, client_id = ?, client_secret = ?, scopes = ?,
                    acr_values = ?, id_token_signing_alg = ?
                where id = ?""")
                .params(p.label(), p.audience().name(), p.clientId(), p.clientSecret(), p.scopes(), p.acrValues(),
                        p.idTokenSigningAlg(), p.id())
                .update();
    }

    void setEnabled(UUID id, boolean enabled) {
        jdbc.sql("update oidc_provider set enabled = ? where id = ?").params(enabled, id).update();
    }

    boolean registrationIdTaken(String registrationId) {
        return findByRegistrationId(registrationId).isPresent();
    }
}

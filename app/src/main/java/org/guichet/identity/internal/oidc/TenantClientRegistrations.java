package org.guichet.identity.internal.oidc;

import java.util.Optional;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.TenantContext;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.stereotype.Component;

/**
 * Client registrations of the request's tenant, built from its enabled {@code oidc_provider} rows
 * and the providers' discovery documents. Another tenant's registration id, a disabled provider
 * or the platform host (no tenant) find nothing, which the sign-in filters answer with a 404.
 */
@Component
class TenantClientRegistrations implements ClientRegistrationRepository {

    private final OidcProviderRepository providers;
    private final DiscoveryCache discovery;

    TenantClientRegistrations(OidcProviderRepository providers, DiscoveryCache discovery) {
        this.providers = providers;
        this.discovery = discovery;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        Optional<TenantId> tenant = TenantContext.current();
        if (tenant.isEmpty() || registrationId == null) {
            return null;
        }
        return providers.findEnabled(registrationId)
                .map(provider -> registration(tenant.get(), provider))
                .orElse(null);
    }

    private ClientRegistration registration(TenantId tenant, OidcProvider provider) {
        ClientRegistration discovered = discovery.discovered(tenant, provider.registrationId(), provider.issuerUri());
        return ClientRegistration.withClientRegistration(discovered)
                .registrationId(provider.registrationId())
                .clientName(provider.label())
                .clientId(provider.clientId())
                .clientSecret(provider.clientSecret())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(provider.scopeList())
                // PKCE is Spring Security 7's default for authorization_code clients; stated here so
                // that a change of default cannot silently drop it for our confidential clients.
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
    }
}

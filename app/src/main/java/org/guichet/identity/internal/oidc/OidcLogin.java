package org.guichet.identity.internal.oidc;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.stereotype.Component;

/**
 * Sign-in through the tenant's OpenID Connect providers, as the security configuration plugs it
 * in: per-tenant registrations, PKCE, nonce and acr_values on the way out, Guichet's own account
 * rules on the way back, and pages rather than 500s when something fails.
 */
@Component
public class OidcLogin {

    private final TenantClientRegistrations registrations;
    private final GuichetAuthorizationRequestResolver resolver;
    private final OidcSignInService signIn;
    private final OidcSignInFailureHandler failure;
    private final DiscardingAuthorizedClientRepository authorizedClients;

    OidcLogin(TenantClientRegistrations registrations, GuichetAuthorizationRequestResolver resolver,
            OidcSignInService signIn, OidcSignInFailureHandler failure,
            DiscardingAuthorizedClientRepository authorizedClients) {
        this.registrations = registrations;
        this.resolver = resolver;
        this.signIn = signIn;
        this.failure = failure;
        this.authorizedClients = authorizedClients;
    }

    /** The {@code oauth2Login} settings; {@code loginPage} is the password sign-in page that lists the providers. */
    public Customizer<OAuth2LoginConfigurer<HttpSecurity>> configuration(String loginPage) {
        return oauth2 -> oauth2
                .loginPage(loginPage)
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(authorizedClients)
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(signIn))
                .failureHandler(failure)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        filter.setAuthenticationFailureHandler(new AuthorizationRedirectFailureHandler());
                        return filter;
                    }
                });
    }
}

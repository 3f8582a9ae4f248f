package org.guichet.identity.internal.oidc;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After signing out: a person who came through a provider is sent to its end-session endpoint
 * with {@code id_token_hint} (RP-initiated logout), so that the next person at a shared computer
 * is not signed in again at the provider; it sends them back to the tenant's home. A password
 * session, or a provider without end-session endpoint or unreachable, goes straight home.
 */
@Component
public class OidcLogoutSuccessHandler implements LogoutSuccessHandler {

    /** Where signing out ends; also the {@code post_logout_redirect_uri} to register at providers. */
    public static final String SIGNED_OUT_PATH = "/?deconnecte";
    private static final Logger log = LoggerFactory.getLogger(OidcLogoutSuccessHandler.class);

    private final OidcClientInitiatedLogoutSuccessHandler provider;
    private final SimpleUrlLogoutSuccessHandler plain = new SimpleUrlLogoutSuccessHandler();

    OidcLogoutSuccessHandler(TenantClientRegistrations registrations) {
        provider = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        provider.setPostLogoutRedirectUri("{baseUrl}" + SIGNED_OUT_PATH);
        provider.setDefaultTargetUrl(SIGNED_OUT_PATH);
        plain.setDefaultTargetUrl(SIGNED_OUT_PATH);
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        if (authentication instanceof OAuth2AuthenticationToken && authentication.getPrincipal() instanceof OidcAccountUser) {
            try {
                provider.onLogoutSuccess(request, response, authentication);
                return;
            } catch (OidcProviderUnavailableException e) {
                log.warn("Signed out locally only: {}", e.getMessage());
            }
        }
        plain.onLogoutSuccess(request, response, authentication);
    }
}

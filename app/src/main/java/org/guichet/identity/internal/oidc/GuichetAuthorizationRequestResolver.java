package org.guichet.identity.internal.oidc;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.endpoint.PkceParameterNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * Builds the redirect to a provider: Spring's resolver gives {@code state}, {@code nonce} (the
 * {@code openid} scope is always requested) and PKCE with S256 (required on every registration);
 * this adds the tenant's {@code acr_values}, and refuses to send a request that lacks any of them,
 * so that a future change of library defaults fails closed.
 */
@Component
class GuichetAuthorizationRequestResolver implements OAuth2AuthorizationRequestResolver {

    static final String ACR_VALUES = "acr_values";

    private static final RequestMatcher AUTHORIZATION = PathPatternRequestMatcher.withDefaults()
            .matcher("/oauth2/authorization/{registrationId}");

    private final DefaultOAuth2AuthorizationRequestResolver delegate;
    private final TenantClientRegistrations registrations;

    GuichetAuthorizationRequestResolver(TenantClientRegistrations registrations, OidcProviderRepository providers) {
        this.registrations = registrations;
        this.delegate = new DefaultOAuth2AuthorizationRequestResolver(registrations);
        this.delegate.setAuthorizationRequestCustomizer(builder -> {
            AtomicReference<Object> registrationId = new AtomicReference<>();
            builder.attributes(attributes -> registrationId.set(attributes.get(OAuth2ParameterNames.REGISTRATION_ID)));
            providers.findEnabled(String.valueOf(registrationId.get()))
                    .map(OidcProvider::acrValues)
                    .filter(acr -> !acr.isBlank())
                    .ifPresent(acr -> builder.additionalParameters(parameters -> parameters.put(ACR_VALUES, acr.strip())));
        });
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        RequestMatcher.MatchResult match = AUTHORIZATION.matcher(request);
        if (match.isMatch() && registrations.findByRegistrationId(match.getVariables().get("registrationId")) == null) {
            throw new UnknownRegistrationException();
        }
        return checked(delegate.resolve(request));
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return checked(delegate.resolve(request, clientRegistrationId));
    }

    private static OAuth2AuthorizationRequest checked(OAuth2AuthorizationRequest request) {
        if (request == null) {
            return null;
        }
        boolean pkce = "S256".equals(request.getAdditionalParameters().get(PkceParameterNames.CODE_CHALLENGE_METHOD))
                && request.getAttribute(PkceParameterNames.CODE_VERIFIER) != null;
        boolean nonce = request.getAttribute(OidcParameterNames.NONCE) != null;
        if (!pkce || !nonce || request.getState() == null || request.getState().isBlank()) {
            throw new IllegalStateException("Refusing an authorization request without PKCE (S256), nonce and state");
        }
        return request;
    }

    /** No enabled provider of the request's tenant has the registration id in the URL. */
    static final class UnknownRegistrationException extends RuntimeException {
        UnknownRegistrationException() {
            super("No such identity provider for this tenant");
        }
    }
}

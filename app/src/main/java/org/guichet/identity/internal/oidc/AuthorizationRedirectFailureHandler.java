package org.guichet.identity.internal.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Answers a failed {@code /oauth2/authorization/{id}}: Spring's default is a 500. A registration
 * this tenant does not have (another tenant's, a disabled one, a forged id) is a plain 404; a
 * provider that cannot be reached sends the person to the refusal page, which says to retry.
 */
class AuthorizationRedirectFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        Throwable cause = exception.getCause();
        if (cause instanceof OidcProviderUnavailableException) {
            response.sendRedirect(request.getContextPath() + OidcSignInFailureHandler.REFUSAL_PATH
                    + "?motif=" + SignInRefusal.PROVIDER_UNAVAILABLE.slug());
        } else if (cause instanceof GuichetAuthorizationRequestResolver.UnknownRegistrationException) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        } else {
            throw new IllegalStateException("Could not send the person to the provider", cause);
        }
    }
}

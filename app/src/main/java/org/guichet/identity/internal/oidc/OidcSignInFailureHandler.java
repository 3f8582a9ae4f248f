package org.guichet.identity.internal.oidc;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.guichet.identity.IdentityEvent;
import org.guichet.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where a failed provider sign-in lands: a page saying what happened and what to do, never a
 * stack trace. The refusal is written to the audit trail with the provider and the reason.
 */
@Component
class OidcSignInFailureHandler implements AuthenticationFailureHandler {

    static final String REFUSAL_PATH = "/connexion/fournisseur/echec";
    private static final String CALLBACK_PREFIX = "/login/oauth2/code/";
    private static final Logger log = LoggerFactory.getLogger(OidcSignInFailureHandler.class);

    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    OidcSignInFailureHandler(ApplicationEventPublisher events, TransactionTemplate tx) {
        this.events = events;
        this.tx = tx;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        SignInRefusal refusal = SignInRefusal.of(exception);
        // The library's error code (invalid_id_token, invalid_nonce…) tells operators what failed.
        String target = provider(request) + ": " + refusal.slug()
                + (exception instanceof OAuth2AuthenticationException e ? " (" + e.getError().getErrorCode() + ")" : "");
        log.info("Sign-in through a provider refused, {}: {}", target, exception.getMessage());
        TenantContext.current().ifPresent(tenant -> tx.executeWithoutResult(status -> events.publishEvent(
                new IdentityEvent(tenant, "anonymous", "identity.oidc.sign-in.refused", target, request.getRemoteAddr()))));
        response.sendRedirect(request.getContextPath() + REFUSAL_PATH + "?motif=" + refusal.slug());
    }

    private static String provider(HttpServletRequest request) {
        String uri = request.getRequestURI();
        int at = uri.indexOf(CALLBACK_PREFIX);
        String id = at < 0 ? "" : uri.substring(at + CALLBACK_PREFIX.length());
        // The id comes from the URL: keep only what a registration id may contain.
        return id.matches("[a-z0-9-]{1,40}") ? id : "unknown";
    }
}

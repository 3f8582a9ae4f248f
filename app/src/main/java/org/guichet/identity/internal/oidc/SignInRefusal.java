package org.guichet.identity.internal.oidc;

import java.util.Arrays;
import java.util.Optional;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * Why a sign-in through a provider did not go through, as the person is told on the refusal page
 * ({@code /connexion/fournisseur/echec?motif=<slug>}) and as the audit trail records it.
 */
enum SignInRefusal {
    /** A local account has the email, but linking needs both sides verified: sign in with the password first. */
    VERIFY_FIRST("guichet_verify_first", "compte-a-confirmer"),
    /** The provider reported a lower or other authentication level than requested. */
    INSUFFICIENT_LEVEL("guichet_insufficient_acr", "niveau-insuffisant"),
    /** No usable email came with a new identity, and an account needs one. */
    NO_EMAIL("guichet_no_email", "adresse-manquante"),
    ACCOUNT_DISABLED("guichet_account_disabled", "compte-desactive"),
    /** An agents' provider never creates accounts: agents are invited by an administrator. */
    UNKNOWN_AGENT("guichet_unknown_agent", "agent-inconnu"),
    PROVIDER_UNAVAILABLE("guichet_provider_unavailable", "fournisseur-indisponible"),
    /** The person cancelled at the provider. */
    CANCELLED("access_denied", "annulee"),
    /** The callback matches no pending request of this browser: expired, replayed or forged. */
    EXPIRED("authorization_request_not_found", "expiree"),
    /** Anything else: an ID token that fails verification, a provider error. */
    FAILED("guichet_failed", "echec");

    private final String errorCode;
    private final String slug;

    SignInRefusal(String errorCode, String slug) {
        this.errorCode = errorCode;
        this.slug = slug;
    }

    String slug() {
        return slug;
    }

    OAuth2AuthenticationException exception(String description) {
        return new OAuth2AuthenticationException(new OAuth2Error(errorCode, description, null), description);
    }

    static SignInRefusal of(AuthenticationException exception) {
        if (exception instanceof OidcProviderUnavailableException) {
            return PROVIDER_UNAVAILABLE;
        }
        if (exception instanceof OAuth2AuthenticationException oauth2) {
            String code = oauth2.getError().getErrorCode();
            return Arrays.stream(values()).filter(r -> r.errorCode.equals(code)).findFirst().orElse(FAILED);
        }
        return FAILED;
    }

    static Optional<SignInRefusal> ofSlug(String slug) {
        return Arrays.stream(values()).filter(r -> r.slug.equals(slug)).findFirst();
    }
}

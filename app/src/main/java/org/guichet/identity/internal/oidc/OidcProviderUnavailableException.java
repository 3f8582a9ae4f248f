package org.guichet.identity.internal.oidc;

import org.springframework.security.authentication.AuthenticationServiceException;

/**
 * The provider's discovery document could not be read (network, bad answer). An authentication
 * exception, so that the sign-in filters turn it into a page telling the person to retry later.
 */
public class OidcProviderUnavailableException extends AuthenticationServiceException {

    OidcProviderUnavailableException(String registrationId, Throwable cause) {
        super("OpenID Connect provider " + registrationId + " is unavailable", cause);
    }
}

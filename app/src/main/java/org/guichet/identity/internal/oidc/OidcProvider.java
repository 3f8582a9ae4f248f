package org.guichet.identity.internal.oidc;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * An OpenID Connect provider a tenant signs people in with, as stored in {@code oidc_provider}.
 *
 * @param registrationId the tenant-unique id in the sign-in and callback URLs
 * @param label the provider's name on the sign-in button ("FranceConnect")
 * @param audience whom it signs in: citizens or agents
 * @param acrValues the authentication levels to request, space-separated, or null for none
 * @param idTokenSigningAlg the JWS algorithm agreed with the provider for this client
 */
public record OidcProvider(UUID id, String registrationId, String label, Audience audience, String issuerUri,
        String clientId, String clientSecret, String scopes, String acrValues, boolean enabled,
        String idTokenSigningAlg) {

    /** Whom a provider signs in; both sign in accounts of the same table. */
    public enum Audience {
        /** FranceConnect style: usagers. */
        CITIZEN,
        /** ProConnect style: the tenant's agents, who already have an account. */
        AGENT
    }

    /** The scopes to request, always with {@code openid}: without it, no ID token and no nonce. */
    public List<String> scopeList() {
        return Stream.concat(Stream.of("openid"), Arrays.stream(scopes.strip().split("\\s+")))
                .filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** Never prints the client secret, should a provider end up in a log line. */
    @Override
    public String toString() {
        return "OidcProvider[" + registrationId + ", " + audience + ", " + issuerUri + ", client " + clientId
                + (enabled ? "" : ", disabled") + "]";
    }

    public List<String> acrList() {
        return acrValues == null ? List.of()
                : Arrays.stream(acrValues.strip().split("\\s+")).filter(s -> !s.isEmpty()).toList();
    }
}

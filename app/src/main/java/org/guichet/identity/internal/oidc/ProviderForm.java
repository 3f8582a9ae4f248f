package org.guichet.identity.internal.oidc;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an administrator types to add or change a provider. Validation answers with the message key
 * of each wrong field, in the form's order, so that the error summary lists them as they appear.
 * On change, the registration id and issuer are not editable, and a blank secret keeps the old one.
 */
public record ProviderForm(String label, String registrationId, String audience, String issuerUri, String clientId,
        String clientSecret, String scopes, String acrValues, String idTokenSigningAlg) {

    static final Pattern REGISTRATION_ID = Pattern.compile("[a-z0-9-]{2,40}");
    /** RFC 6749 scope-token characters, which acr values use too. */
    private static final Pattern TOKENS = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*");
    private static final Pattern PRINTABLE = Pattern.compile("[\\x21-\\x7E]+");
    private static final Set<String> ALGORITHMS = Set.of("RS256", "ES256", "PS256");
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    public ProviderForm {
        label = trim(label);
        registrationId = trim(registrationId);
        audience = trim(audience);
        issuerUri = trim(issuerUri);
        clientId = trim(clientId);
        clientSecret = clientSecret == null ? "" : clientSecret.strip();
        scopes = trim(scopes).replaceAll("\\s+", " ");
        acrValues = trim(acrValues).replaceAll("\\s+", " ");
        idTokenSigningAlg = trim(idTokenSigningAlg);
    }

    static ProviderForm blank() {
        return new ProviderForm("", "", "CITIZEN", "", "", "", "openid email profile", "", "RS256");
    }

    static ProviderForm of(OidcProvider p) {
        return new ProviderForm(p.label(), p.registrationId(), p.audience().name(), p.issuerUri(), p.clientId(), "",
                p.scopes(), p.acrValues() == null ? "" : p.acrValues(), p.idTokenSigningAlg());
    }

    /**
     * @param creating whether the registration id, issuer and secret are being set (new provider)
     * @param production whether plain-HTTP issuers on this machine are refused too
     * @return the message key of each invalid field, by field name, in form order
     */
    Map<String, String> errors(boolean creating, boolean production) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (label.length() < 2 || label.length() > 100) {
            errors.put("label", "oidc.admin.error.label");
        }
        if (creating && !REGISTRATION_ID.matcher(registrationId).matches()) {
            errors.put("registrationId", "oidc.admin.error.registrationId");
        }
        if (!List.of("CITIZEN", "AGENT").contains(audience)) {
            errors.put("audience", "oidc.admin.error.audience");
        }
        if (creating && !validIssuer(issuerUri, production)) {
            errors.put("issuerUri", "oidc.admin.error.issuerUri");
        }
        if (clientId.isEmpty() || clientId.length() > 200 || !PRINTABLE.matcher(clientId).matches()) {
            errors.put("clientId", "oidc.admin.error.clientId");
        }
        if ((creating && clientSecret.isEmpty()) || clientSecret.length() > 500
                || (!clientSecret.isEmpty() && !PRINTABLE.matcher(clientSecret).matches())) {
            errors.put("clientSecret", "oidc.admin.error.clientSecret");
        }
        if (scopes.length() > 300 || !TOKENS.matcher(scopes).matches() || !List.of(scopes.split(" ")).contains("openid")) {
            errors.put("scopes", "oidc.admin.error.scopes");
        }
        if (acrValues.length() > 200 || (!acrValues.isEmpty() && !TOKENS.matcher(acrValues).matches())) {
            errors.put("acrValues", "oidc.admin.error.acrValues");
        }
        if (!ALGORITHMS.contains(idTokenSigningAlg)) {
            errors.put("idTokenSigningAlg", "oidc.admin.error.idTokenSigningAlg");
        }
        return errors;
    }

    /** The provider to store; {@code existing} gives what an edit does not change. */
    OidcProvider toProvider(OidcProvider existing) {
        boolean creating = existing == null;
        return new OidcProvider(creating ? null : existing.id(),
                creating ? registrationId : existing.registrationId(), label,
                OidcProvider.Audience.valueOf(audience),
                creating ? issuerUri : existing.issuerUri(), clientId,
                clientSecret.isEmpty() && !creating ? existing.clientSecret() : clientSecret,
                scopes, acrValues.isEmpty() ? null : acrValues, !creating && existing.enabled(), idTokenSigningAlg);
    }

    /** HTTPS, or plain HTTP to this machine outside production (a local test provider). */
    static boolean validIssuer(String value, boolean production) {
        if (value.length() < 10 || value.length() > 500) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            boolean shape = !host.isEmpty() && uri.getRawUserInfo() == null && uri.getRawQuery() == null
                    && uri.getRawFragment() == null;
            boolean localHttp = "http".equals(scheme) && LOCAL_HOSTS.contains(host) && !production;
            return shape && ("https".equals(scheme) || localHttp);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }
}

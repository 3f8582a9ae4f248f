package org.guichet.identity.internal.oidc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.nimbusds.jose.JOSEObjectType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Drives a sign-in through a mock-oauth2-server the way a browser would: Guichet's redirect, the
 * provider's authorization endpoint (non-interactive: it answers at once with a code), and the
 * callback back into Guichet.
 */
final class OidcFlow {

    static final String CLIENT_ID = "guichet-client";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private OidcFlow() {}

    /** Inserts an enabled provider for {@code tenant} at {@code server}'s issuer {@code issuerId}. */
    static void provider(JdbcClient jdbc, TestTenant tenant, MockOAuth2Server server, String registrationId,
            String issuerId, String audience, String acrValues) {
        TenantContext.runAs(tenant.id(), () -> jdbc.sql("""
                insert into oidc_provider (tenant_id, registration_id, label, audience, issuer_uri, client_id,
                    client_secret, scopes, acr_values)
                values (?, ?, ?, ?, ?, ?, 'secret', 'openid email profile', ?)""")
                .params(tenant.id().value(), registrationId, "Fournisseur " + registrationId, audience,
                        server.issuerUrl(issuerId).toString(), CLIENT_ID, acrValues)
                .update());
    }

    static String uniqueIssuer() {
        return "fc-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** What the provider will put in the next tokens it issues for {@code issuerId}. */
    static void nextTokens(MockOAuth2Server server, String issuerId, String subject, Map<String, Object> claims) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(issuerId, subject, JOSEObjectType.JWT.getType(),
                List.of(CLIENT_ID), claims, 3600));
    }

    /** Guichet's redirect to the provider's authorization endpoint. */
    static URI authorizationRedirect(BrowserSession browser, String registrationId) throws Exception {
        MvcResult result = browser.perform(get("/oauth2/authorization/" + registrationId));
        String location = result.getResponse().getRedirectedUrl();
        if (location == null) {
            throw new AssertionError("No redirect to the provider: status " + result.getResponse().getStatus());
        }
        return URI.create(location);
    }

    /** The whole round trip; returns Guichet's answer to the callback. */
    static MvcResult signIn(BrowserSession browser, String registrationId) throws Exception {
        URI authorize = authorizationRedirect(browser, registrationId);
        HttpResponse<String> provider = HTTP.send(HttpRequest.newBuilder(authorize).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        URI callback = URI.create(provider.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("The provider did not redirect back: " + provider.body())));
        return browser.perform(get(callback));
    }

    /** Audit rows are written after commit, asynchronously: waits a little for them. */
    static List<String> auditTargets(JdbcClient jdbc, TestTenant tenant, String action) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        List<String> targets;
        do {
            targets = TenantContext.callAs(tenant.id(), () -> jdbc.sql(
                    "select target from audit_event where action = ? order by id").param(action).query(String.class).list());
            if (targets.isEmpty()) {
                Thread.sleep(100);
            }
        } while (targets.isEmpty() && Instant.now().isBefore(deadline));
        return targets;
    }

    static Map<String, String> query(URI uri) {
        return UriComponentsBuilder.fromUri(uri).build().getQueryParams().toSingleValueMap();
    }
}

package org.guichet.identity.internal.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guichet.identity.internal.oidc.OidcFlow.nextTokens;
import static org.guichet.identity.internal.oidc.OidcFlow.provider;
import static org.guichet.identity.internal.oidc.OidcFlow.signIn;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.http.OAuth2HttpRequest;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponse;
import no.nav.security.mock.oauth2.http.OAuth2HttpRouterKt;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.Headers;
import org.guichet.support.IntegrationTest;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * UserInfo answered as a signed JWT ({@code application/jwt}), as FranceConnect and ProConnect do:
 * the email and names come from it when the ID token has none, and an answer about another
 * subject is refused.
 */
class OidcUserInfoIntegrationTest extends IntegrationTest {

    /** A mock-oauth2-server whose UserInfo endpoints answer with JWTs it signs itself. */
    static MockOAuth2Server server;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startServer() {
        server = new MockOAuth2Server(
                OAuth2HttpRouterKt.get("/signed/userinfo", request -> signedUserInfo("signed", subjectOf(request))),
                OAuth2HttpRouterKt.get("/swapped/userinfo", request -> signedUserInfo("swapped", "someone-else")));
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.shutdown();
    }

    @Test
    void readsEmailAndNamesFromASignedUserInfoAnswer() throws Exception {
        TestTenant tenant = tenants.create();
        provider(jdbc, tenant, server, "signed", "signed", "CITIZEN", null);
        nextTokens(server, "signed", "sub-signed", Map.of());

        assertThat(signIn(new BrowserSession(mvc, tenant.host()), "signed").getResponse().getRedirectedUrl()).isEqualTo("/");

        Map<String, Object> account = TenantContext.callAs(tenant.id(), () -> jdbc.sql("select email::text as email, given_name, family_name, email_verified_at from account")
                .query().singleRow());
        assertThat(account).containsEntry("email", "jeanne@example.fr").containsEntry("given_name", "Jeanne")
                .containsEntry("family_name", "Martin");
        assertThat(account.get("email_verified_at")).isNotNull();
    }

    @Test
    void refusesAUserInfoAnswerAboutAnotherSubject() throws Exception {
        TestTenant tenant = tenants.create();
        provider(jdbc, tenant, server, "swapped", "swapped", "CITIZEN", null);
        nextTokens(server, "swapped", "sub-swapped", Map.of("email", "vrai@example.fr", "email_verified", true));

        OidcSignInIntegrationTest.assertRefused(signIn(new BrowserSession(mvc, tenant.host()), "swapped"), "echec");
        assertThat(OidcFlow.auditTargets(jdbc, tenant, "identity.oidc.sign-in.refused"))
                .containsExactly("swapped: echec (invalid_user_info_response)");
    }

    private static OAuth2HttpResponse signedUserInfo(String issuerId, String subject) {
        SignedJWT jwt = server.issueToken(issuerId, OidcFlow.CLIENT_ID, new DefaultOAuth2TokenCallback(issuerId, subject,
                JOSEObjectType.JWT.getType(), List.of(OidcFlow.CLIENT_ID), Map.of("email", "Jeanne@Example.fr",
                        "email_verified", true, "given_name", "Jeanne", "usual_name", "Martin"), 60));
        return new OAuth2HttpResponse(Headers.of("Content-Type", "application/jwt"), 200, jwt.serialize(), null);
    }

    private static String subjectOf(OAuth2HttpRequest request) {
        try {
            String bearer = request.getHeaders().get("Authorization").substring("Bearer ".length());
            return SignedJWT.parse(bearer).getJWTClaimsSet().getSubject();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.guichet.identity.internal.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProviderFormTest {

    private static ProviderForm form(String issuer) {
        return new ProviderForm("FranceConnect", "franceconnect", "CITIZEN", issuer, "client", "secret",
                "openid email", "eidas1", "ES256");
    }

    @Test
    void acceptsAnHttpsIssuer() {
        assertThat(form("https://fcp-low.integ01.dev-franceconnect.fr/api/v2").errors(true, true)).isEmpty();
    }

    @Test
    void acceptsPlainHttpOnlyToThisMachineOutsideProduction() {
        assertThat(form("http://localhost:8081/fc").errors(true, false)).isEmpty();
        assertThat(form("http://127.0.0.1:8081/fc").errors(true, false)).isEmpty();
        assertThat(form("http://localhost:8081/fc").errors(true, true)).containsKey("issuerUri");
        assertThat(form("http://idp.example.org/fc").errors(true, false)).containsKey("issuerUri");
    }

    @Test
    void refusesIssuersWithQueryFragmentCredentialsOrOtherSchemes() {
        assertThat(form("https://idp.example.org/fc?tenant=1").errors(true, false)).containsKey("issuerUri");
        assertThat(form("https://idp.example.org/fc#x").errors(true, false)).containsKey("issuerUri");
        assertThat(form("https://user:pw@idp.example.org/fc").errors(true, false)).containsKey("issuerUri");
        assertThat(form("javascript:alert(1)").errors(true, false)).containsKey("issuerUri");
        assertThat(form("https://idp.example.org/" + "x".repeat(500)).errors(true, false)).containsKey("issuerUri");
    }

    @Test
    void anEditNeitherRequiresNorChecksTheFixedFieldsAndKeepsABlankSecret() {
        ProviderForm edit = new ProviderForm("FC", "IGNORED ID", "AGENT", "not a url", "client", "", "openid", "", "RS256");
        assertThat(edit.errors(false, true)).isEmpty();
        var existing = new OidcProvider(java.util.UUID.randomUUID(), "fc", "Old", OidcProvider.Audience.CITIZEN,
                "https://idp.example.org", "old-client", "kept-secret", "openid", "eidas1", false, "ES256");
        OidcProvider changed = edit.toProvider(existing);
        assertThat(changed.registrationId()).isEqualTo("fc");
        assertThat(changed.issuerUri()).isEqualTo("https://idp.example.org");
        assertThat(changed.clientSecret()).isEqualTo("kept-secret");
        assertThat(changed.acrValues()).isNull();
        assertThat(changed.audience()).isEqualTo(OidcProvider.Audience.AGENT);
    }

    @Test
    void requiresTheOpenidScope() {
        var noOpenid = new ProviderForm("FC", "fc", "CITIZEN", "https://idp.example.org", "c", "s", "email  profile", "", "RS256");
        assertThat(noOpenid.errors(true, false)).containsKey("scopes");
    }
}

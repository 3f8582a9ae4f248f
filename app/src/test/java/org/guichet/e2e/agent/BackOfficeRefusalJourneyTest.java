package org.guichet.e2e.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.guichet.support.JourneyTest;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.junit.jupiter.api.Test;

/** A citizen who opens the back office is told plainly that it is not for them. */
class BackOfficeRefusalJourneyTest extends JourneyTest {

    @Test
    void citizenIsRefusedTheBackOfficeWithAClearPage() {
        TestTenant tenant = tenants.create();
        tenants.account(tenant, "citoyen@example.org");

        inBothModes(visit -> {
            visit.open(tenant.host(), "/connexion");
            visit.fill("Adresse électronique", "citoyen@example.org").fill("Mot de passe", TestTenants.PASSWORD)
                    .press("Se connecter");

            var response = visit.open(tenant.host(), "/agent");

            assertThat(response.status()).isEqualTo(403);
            visit.expectHeading("Vous n’avez pas accès à cette page")
                    .expectText("Votre compte n’a pas les droits nécessaires");
            assertThat(visit.page().locator("header").innerText()).doesNotContain("Espace agent");
        });
    }
}

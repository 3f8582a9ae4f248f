package org.guichet.e2e.admin;

import org.guichet.identity.AgentRole;
import org.guichet.support.JourneyTest;
import org.guichet.support.TestServers;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.junit.jupiter.api.Test;

/** A tenant administrator adds an identity provider, corrects a mistake, changes it and disables it. */
class IdentityProvidersJourneyTest extends JourneyTest {

    @Test
    void administratorManagesTheTenantsIdentityProviders() {
        inBothModes(visit -> {
            TestTenant tenant = tenants.create();
            String email = "admin-" + visit.mode() + "@mairie.fr";
            tenants.account(tenant, email, AgentRole.ADMINISTRATEUR);
            visit.open(tenant.host(), "/connexion");
            visit.fill("Adresse électronique", email).fill("Mot de passe", TestTenants.PASSWORD).press("Se connecter");

            visit.open(tenant.host(), "/agent/administration/fournisseurs-identite");
            visit.expectHeading("Fournisseurs d’identité").expectText("Aucun fournisseur d’identité n’est configuré.");
            visit.press("Ajouter un fournisseur d’identité").expectHeading("Ajouter un fournisseur d’identité");
            visit.fill("Nom affiché sur le bouton", "FranceConnect")
                    .fill("Identifiant technique", "franceconnect")
                    .fill("Adresse de l’émetteur (issuer)", "http://idp.example.org/fc")
                    .fill("Identifiant client (client_id)", "guichet")
                    .fill("Secret client (client_secret)", "secret")
                    .fill("Niveaux d’authentification exigés (acr_values)", "eidas1")
                    .press("Enregistrer");
            visit.expectText("Saisissez l’adresse de l’émetteur commençant par https://");

            visit.fill("Adresse de l’émetteur (issuer)", TestServers.OIDC.issuerUrl("journey-" + visit.mode()).toString())
                    .fill("Secret client (client_secret)", "secret")
                    .press("Enregistrer");
            visit.expectHeading("Fournisseurs d’identité").expectText("Les modifications ont été enregistrées.");

            visit.follow("Modifier FranceConnect").expectHeading("Modifier le fournisseur d’identité");
            visit.expectText("/login/oauth2/code/franceconnect");
            visit.fill("Nom affiché sur le bouton", "FranceConnect+").press("Enregistrer");
            visit.expectText("FranceConnect+");

            visit.open(tenant.host(), "/connexion");
            visit.expectText("S’identifier avec FranceConnect+");

            visit.open(tenant.host(), "/agent/administration/fournisseurs-identite");
            visit.press("Désactiver FranceConnect+").expectText("Désactivé");
        });
    }
}

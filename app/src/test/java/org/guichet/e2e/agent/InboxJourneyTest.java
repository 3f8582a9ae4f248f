package org.guichet.e2e.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.UUID;
import org.guichet.dossier.DossierAnswers;
import org.guichet.dossier.DossierManagement;
import org.guichet.forms.Answers;
import org.guichet.identity.AccountManagement;
import org.guichet.identity.AgentRole;
import org.guichet.shared.AccountId;
import org.guichet.support.JourneyTest;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator sets up a routing group and a label, then finds a dossier in the inbox by search and filter. */
class InboxJourneyTest extends JourneyTest {

    @Autowired DossierManagement dossiers;
    @Autowired AccountManagement accounts;

    @Test
    void agentSearchesFiltersAndReachesADossier() {
        TestTenant tenant = tenants.create();
        tenants.account(tenant, "admin@example.org", AgentRole.ADMINISTRATEUR);
        UUID procedure = demarches.published(tenant, "creche", "Inscription en crèche");
        String reference = TenantContext.callAs(tenant.id(), () -> {
            AccountId usager = accounts.ensureVerifiedAccount("lea@example.org", "Léa", "Écuyer", TestTenants.PASSWORD);
            for (String message : new String[] {"Place à l’école maternelle", "Autre demande"}) {
                UUID id = dossiers.createDraft(procedure, usager);
                dossiers.saveAnswers(id, usager, DossierAnswers.toJson(Answers.ofSingle(Map.of("nom", "Écuyer", "message", message))), 0);
                dossiers.submit(id, usager);
            }
            return dossiers.listForOwner(usager).stream().filter(d -> d.answersJson().contains("cole")).findFirst().orElseThrow().reference();
        });

        inBothModes(visit -> {
            visit.open(tenant.host(), "/connexion");
            visit.fill("Adresse électronique", "admin@example.org").fill("Mot de passe", TestTenants.PASSWORD).press("Se connecter");

            visit.open(tenant.host(), "/agent/administration/demarches/" + procedure + "/groupes");
            visit.fill("Nouveau groupe", "Groupe " + visit.mode()).press("Créer le groupe");
            visit.expectText("Le groupe a été créé.").expectText("Groupe " + visit.mode());
            visit.follow("Étiquettes");
            visit.fill("Nom", "Urgent " + visit.mode()).press("Créer l’étiquette");
            visit.expectText("L’étiquette a été créée.");

            visit.open(tenant.host(), "/agent/dossiers");
            visit.expectHeading("Dossiers");
            visit.fill("Rechercher un dossier", "ecole").press("Rechercher");
            assertThat(rowLinks(visit.page())).containsExactly(reference);

            visit.page().getByText("Filtres", new Page.GetByTextOptions().setExact(true)).click();
            visit.page().getByLabel("État", new Page.GetByLabelOptions().setExact(true)).selectOption("en_construction");
            visit.press("Appliquer les filtres");
            assertThat(visit.page().url()).contains("etat=en_construction").contains("q=ecole");
            assertThat(rowLinks(visit.page())).containsExactly(reference);

            visit.follow("Nouveaux 1");
            assertThat(rowLinks(visit.page())).containsExactly(reference);
            String href = visit.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).getAttribute("href");
            assertThat(href).matches("/agent/dossiers/[0-9a-f-]{36}");
        });
    }

    private static java.util.List<String> rowLinks(Page page) {
        return page.locator("tbody th a").allInnerTexts().stream().map(String::strip).toList();
    }

}

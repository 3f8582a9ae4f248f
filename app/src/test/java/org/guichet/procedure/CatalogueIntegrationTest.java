package org.guichet.procedure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guichet.support.IntegrationTest;
import org.guichet.support.TestProcedures;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Citizens find a tenant's published démarches, in French, whatever their accents or typos. */
class CatalogueIntegrationTest extends IntegrationTest {

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    ProcedureCatalogue catalogue;

    @Test
    void searchIgnoresAccentsPluralsAndSmallTypos() {
        TestTenant t = tenants.create();
        publish(t, "inscription-creche", "Inscription en crèche");
        publish(t, "terrasse", "Permis de stationnement pour une terrasse");
        publish(t, "salle", "Réservation d’une salle municipale");

        TenantContext.runAs(t.id(), () -> {
            assertThat(titles(catalogue.search("creche"))).containsExactly("Inscription en crèche");
            assertThat(titles(catalogue.search("CRÈCHES"))).containsExactly("Inscription en crèche");
            assertThat(titles(catalogue.search("inscriptions"))).containsExactly("Inscription en crèche");
            assertThat(titles(catalogue.search("terase"))).containsExactly("Permis de stationnement pour une terrasse");
            assertThat(titles(catalogue.search("reservation"))).containsExactly("Réservation d’une salle municipale");
            assertThat(catalogue.search("hélicoptère")).isEmpty();
            assertThat(catalogue.search("x".repeat(100_000))).isEmpty();
        });
    }

    @Test
    void catalogueShowsOnlyThisTenantsPublishedDemarches() throws Exception {
        TestTenant mine = tenants.create();
        TestTenant other = tenants.create();
        publish(mine, "acte", "Demande d’acte de naissance");
        publish(other, "secret", "Démarche de l’autre commune");
        draft(mine, "brouillon", "Démarche en préparation");

        mvc.perform(on(mine, get("/demarches")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Demande d’acte de naissance")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("autre commune"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("en préparation"))));
        mvc.perform(on(mine, get("/demarches/secret"))).andExpect(status().isNotFound());
        mvc.perform(on(mine, get("/demarches/brouillon"))).andExpect(status().isNotFound());
        mvc.perform(on(mine, get("/demarches").param("q", "autre commune")))
                .andExpect(content().string(Matchers.containsString("Aucune démarche ne correspond")));
    }

    @Test
    void pageTellsEverythingACitizenMustKnowBeforeStarting() throws Exception {
        TestTenant t = tenants.create();
        publish(t, "creche", "Inscription en crèche");

        mvc.perform(on(t, get("/demarches/creche")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("Qui peut faire la demande"),
                        Matchers.containsString("Pièces à préparer"),
                        Matchers.containsString("Sans réponse dans un délai de 2 mois, votre demande est rejetée"),
                        Matchers.containsString("Code de la santé publique"),
                        Matchers.containsString("24 mois après la décision"),
                        Matchers.containsString("Petite enfance"),
                        Matchers.containsString("creche@example.org"))));
    }

    @Test
    void closedDemarchePointsToItsReplacement() throws Exception {
        TestTenant t = tenants.create();
        UUID old = publish(t, "ancienne", "Ancienne démarche");
        UUID replacement = publish(t, "nouvelle", "Nouvelle démarche");
        TenantContext.runAs(t.id(), () -> procedures.close(old, Optional.of(replacement), "test"));

        mvc.perform(on(t, get("/demarches/ancienne")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Cette démarche est close")))
                .andExpect(content().string(Matchers.containsString("/demarches/nouvelle")));
    }

    @Test
    void publishingRequiresThePersonalDataDeclarations() {
        TestTenant t = tenants.create();
        UUID id = demarches.draft(t, "incomplete", "Incomplète", Category.FAMILLE, SilenceRule.SVR,
                new Procedure.PersonalData("", "", "", "", 12));

        assertThatThrownBy(() -> TenantContext.runAs(t.id(), () -> procedures.publish(id, "test")))
                .isInstanceOfSatisfying(PublicationRefusedException.class, e -> assertThat(e.missing()).containsExactly(
                        "procedure.publish.missing.legalBasis", "procedure.publish.missing.purpose",
                        "procedure.publish.missing.dataCategories", "procedure.publish.missing.recipients"));
    }

    private UUID publish(TestTenant t, String slug, String title) {
        return demarches.published(t, slug, title);
    }

    private UUID draft(TestTenant t, String slug, String title) {
        return demarches.draft(t, slug, title, Category.FAMILLE, SilenceRule.SVR, TestProcedures.completeData());
    }

    private static List<String> titles(List<Procedure> found) {
        return found.stream().map(Procedure::title).toList();
    }

    private static MockHttpServletRequestBuilder on(TestTenant t, MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.setServerName(t.host());
            return r;
        });
    }
}

package org.guichet.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Optional;
import java.util.UUID;
import org.guichet.procedure.ProcedureForms;
import org.guichet.procedure.ProcedureManagement;
import org.guichet.shared.AccountId;
import org.guichet.support.IntegrationTest;
import org.guichet.support.SignIn;
import org.guichet.support.TestProcedures;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Filing through HTTP: bad input gets a clear message, nothing is lost, nothing is filed twice. */
class FilingIntegrationTest extends IntegrationTest {

    private static final String FORM = """
            {"schemaVersion": 1, "pages": [
              {"id": "vous", "title": "Vous", "fields": [
                {"id": "nom", "type": "short_text", "label": "Nom", "required": true, "maxLength": 50},
                {"id": "naissance", "type": "date", "label": "Date de naissance", "required": true},
                {"id": "mode", "type": "single_choice", "label": "Mode de garde", "required": true,
                 "options": [{"value": "creche", "label": "Crèche"}, {"value": "assmat", "label": "Assistante maternelle"}]},
                {"id": "handicap", "type": "yes_no", "label": "Handicap reconnu ?", "required": true}]},
              {"id": "details", "title": "Précisions", "condition": {"field": "handicap", "op": "eq", "value": true},
               "fields": [{"id": "precisions", "type": "long_text", "label": "Précisions", "required": true, "maxLength": 500}]},
              {"id": "fin", "title": "Pour finir", "fields": [
                {"id": "commentaire", "type": "long_text", "label": "Commentaire", "maxLength": 500},
                {"id": "justificatif", "type": "attachment", "label": "Justificatif", "maxFiles": 2,
                 "allowedTypes": ["application/pdf"]}]}]}""";

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Autowired
    DossierManagement dossiers;

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    ProcedureForms forms;

    TestTenant tenant;
    AccountId usager;
    Cookie session;
    UUID procedure;

    @BeforeEach
    void aCitizenOnAPublishedDemarche() {
        tenant = tenants.create();
        usager = tenants.account(tenant, "usager@example.org");
        procedure = demarches.draft(tenant, "creche", "Inscription en crèche", org.guichet.procedure.Category.FAMILLE,
                org.guichet.procedure.SilenceRule.SVR, TestProcedures.completeData());
        TenantContext.runAs(tenant.id(), () -> {
            forms.saveDraft(procedure, TestProcedures.form(FORM));
            procedures.publish(procedure, "test");
        });
        session = SignIn.session(mvc, tenant.host(), "usager@example.org", TestTenants.PASSWORD);
    }

    @Test
    void wrongAnswersGetMessagesSayingHowToFixThemAndAreKept() throws Exception {
        String draft = start();

        mvc.perform(post(page(draft, "vous")).with(as()).with(csrf()).param("version", version(draft))
                        .param("nom", "Dupont").param("naissance.day", "30").param("naissance.month", "2")
                        .param("naissance.year", "2020").param("mode", "helicoptere").param("handicap", "peut-etre"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#naissance.day\"")))
                .andExpect(content().string(containsString("value=\"Dupont\"")));

        assertThat(stored(draft)).contains("Dupont").contains("\"30\"");
    }

    @Test
    void knownAccountDataIsPrefilled() throws Exception {
        String draft = start();

        mvc.perform(get(page(draft, "vous")).with(as()))
                .andExpect(content().string(containsString("value=\"Nom\"")));
        assertThat(stored(draft)).contains("\"nom\"");
    }

    @Test
    void pagesFollowTheConditionsAndHiddenPagesAreSkipped() throws Exception {
        String draft = start();

        mvc.perform(post(page(draft, "vous")).with(as()).with(csrf()).param("version", version(draft)).param("nom", "Dupont")
                        .param("naissance.day", "3").param("naissance.month", "2").param("naissance.year", "2020")
                        .param("mode", "creche").param("handicap", "non"))
                .andExpect(redirectedUrl(page(draft, "fin")));
    }

    @Test
    void submissionIsRefusedUntilTheFormIsCompleteThenFilesExactlyOnce() throws Exception {
        String draft = start();
        mvc.perform(post("/mes-demarches/" + draft + "/envoi").with(as()).with(csrf()))
                .andExpect(redirectedUrl("/mes-demarches/" + draft + "/verification"));
        mvc.perform(get("/mes-demarches/" + draft + "/verification").with(as()))
                .andExpect(content().string(containsString("Votre dossier est incomplet")));

        mvc.perform(post(page(draft, "vous")).with(as()).with(csrf()).param("version", version(draft)).param("nom", "Dupont")
                .param("naissance.day", "3").param("naissance.month", "2").param("naissance.year", "2020")
                .param("mode", "creche").param("handicap", "non"));
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/mes-demarches/" + draft + "/envoi").with(as()).with(csrf()))
                    .andExpect(redirectedUrl("/mes-demarches/" + draft + "/confirmation"));
        }

        Dossier filed = TenantContext.callAs(tenant.id(), () -> dossiers.find(UUID.fromString(draft))).orElseThrow();
        assertThat(filed.state()).isEqualTo(DossierState.EN_CONSTRUCTION);
        assertThat(TenantContext.callAs(tenant.id(), () -> dossiers.listForOwner(usager))).hasSize(1);
        mvc.perform(get("/mes-demarches/" + draft + "/confirmation").with(as()))
                .andExpect(content().string(containsString(filed.reference())));
    }

    @Test
    void aStaleVersionIsToldAndLosesNothingSaved() throws Exception {
        String draft = start();
        String stale = version(draft);
        mvc.perform(post(page(draft, "fin")).with(as()).with(csrf()).param("version", stale).param("commentaire", "premier onglet"));

        mvc.perform(post(page(draft, "fin")).with(as()).with(csrf()).param("version", stale).param("commentaire", "second onglet"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("modifié entre-temps")));

        assertThat(stored(draft)).contains("premier onglet").doesNotContain("second onglet");
    }

    @Test
    void attachmentsAreCheckedOnTheirContentKeptAcrossSavesAndRemovable() throws Exception {
        String draft = start();
        var fin = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(page(draft, "fin"));
        mvc.perform(fin.file(new org.springframework.mock.web.MockMultipartFile("justificatif", "../../avis d’imposition.pdf",
                        "application/pdf", PDF)).with(as()).with(csrf()).param("version", version(draft)))
                .andExpect(status().is3xxRedirection());
        assertThat(stored(draft)).contains("avis d’imposition.pdf").doesNotContain("../");

        int version = TenantContext.callAs(tenant.id(), () -> dossiers.find(UUID.fromString(draft))).orElseThrow().version();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(page(draft, "fin"))
                        .file(new org.springframework.mock.web.MockMultipartFile("justificatif", "photo.pdf", "application/pdf",
                                "MZ\u0090 not a pdf at all".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)))
                        .with(as()).with(csrf()).param("version", String.valueOf(version)).param("commentaire", "gardé"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("avis d’imposition.pdf")));
        assertThat(stored(draft)).contains("avis d’imposition.pdf").contains("gardé").doesNotContain("photo.pdf");

        String reference = tools.jackson.databind.json.JsonMapper.builder().build().readTree(stored(draft))
                .path("files").path("justificatif").get(0).path("reference").asString();
        int next = TenantContext.callAs(tenant.id(), () -> dossiers.find(UUID.fromString(draft))).orElseThrow().version();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(page(draft, "fin"))
                        .with(as()).with(csrf()).param("version", String.valueOf(next)).param("justificatif.remove", reference))
                .andExpect(status().is3xxRedirection());
        assertThat(stored(draft)).doesNotContain("avis d’imposition.pdf");
    }

    @Test
    void theDossierPageShowsTheAnswersAndServesTheAttachedFilesToTheirOwnerOnly() throws Exception {
        String draft = start();
        mvc.perform(post(page(draft, "vous")).with(as()).with(csrf()).param("version", version(draft)).param("nom", "Dupont")
                .param("naissance.day", "3").param("naissance.month", "2").param("naissance.year", "2020")
                .param("mode", "creche").param("handicap", "non"));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(page(draft, "fin"))
                .file(new org.springframework.mock.web.MockMultipartFile("justificatif", "quotient.pdf", "application/pdf", PDF))
                .with(as()).with(csrf()).param("version", version(draft)));
        mvc.perform(post("/mes-demarches/" + draft + "/envoi").with(as()).with(csrf()));
        String reference = tools.jackson.databind.json.JsonMapper.builder().build().readTree(stored(draft))
                .path("files").path("justificatif").get(0).path("reference").asString();

        mvc.perform(get("/mes-demarches/" + draft + "/verification").with(as()))
                .andExpect(content().string(containsString("Vos modifications sont enregistrées")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Envoyer le dossier"))));
        mvc.perform(get("/mes-demarches/" + draft).with(as()))
                .andExpect(content().string(containsString("Crèche")))
                .andExpect(content().string(containsString("03/02/2020")))
                .andExpect(content().string(containsString("/mes-demarches/" + draft + "/pieces/" + reference)));
        byte[] served = mvc.perform(get("/mes-demarches/" + draft + "/pieces/" + reference).with(as()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(served).isEqualTo(PDF);

        tenants.account(tenant, "curieux@example.org");
        Cookie neighbour = SignIn.session(mvc, tenant.host(), "curieux@example.org", TestTenants.PASSWORD);
        mvc.perform(get("/mes-demarches/" + draft + "/pieces/" + reference).with(SignIn.as(tenant.host(), neighbour)))
                .andExpect(status().isNotFound());
        String other = start();
        mvc.perform(get("/mes-demarches/" + other + "/pieces/" + reference).with(as())).andExpect(status().isNotFound());
        mvc.perform(get("/mes-demarches/" + draft + "/pieces/" + UUID.randomUUID()).with(as())).andExpect(status().isNotFound());
    }

    @Test
    void anotherPersonsDraftAndUnknownPagesAreNotFound() throws Exception {
        String draft = start();
        tenants.account(tenant, "voisin@example.org");
        Cookie neighbour = SignIn.session(mvc, tenant.host(), "voisin@example.org", TestTenants.PASSWORD);

        mvc.perform(get(page(draft, "vous")).with(SignIn.as(tenant.host(), neighbour))).andExpect(status().isNotFound());
        mvc.perform(post(page(draft, "vous")).with(SignIn.as(tenant.host(), neighbour)).with(csrf())
                .param("version", "0").param("nom", "Intrus")).andExpect(status().isNotFound());
        mvc.perform(get(page(draft, "inexistante")).with(as())).andExpect(status().isNotFound());
        mvc.perform(get(page("pas-un-uuid", "vous")).with(as())).andExpect(status().isNotFound());
        assertThat(stored(draft)).doesNotContain("Intrus");
    }

    @Test
    void closedOrOtherTenantsDemarchesCannotBeStarted() throws Exception {
        TestTenant other = tenants.create();
        demarches.published(other, "secrete", "Démarche d’une autre commune");
        mvc.perform(post("/demarches/secrete/commencer").with(as()).with(csrf())).andExpect(status().isNotFound());

        TenantContext.runAs(tenant.id(), () -> procedures.close(procedure, Optional.empty(), "test"));
        mvc.perform(post("/demarches/creche/commencer").with(as()).with(csrf())).andExpect(status().isNotFound());
    }

    private String start() throws Exception {
        String location = mvc.perform(post("/demarches/creche/commencer").with(as()).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/mes-demarches/[0-9a-f-]{36}/pages/vous");
        return location.split("/")[2];
    }

    private String version(String draft) {
        return String.valueOf(TenantContext.callAs(tenant.id(), () -> dossiers.find(UUID.fromString(draft))).orElseThrow().version());
    }

    private String stored(String draft) {
        return TenantContext.callAs(tenant.id(), () -> dossiers.find(UUID.fromString(draft))).orElseThrow().answersJson();
    }

    private static String page(String draft, String page) {
        return "/mes-demarches/" + draft + "/pages/" + page;
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as() {
        return SignIn.as(tenant.host(), session);
    }
}

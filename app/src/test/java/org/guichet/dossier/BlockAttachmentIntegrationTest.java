package org.guichet.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.guichet.procedure.ProcedureForms;
import org.guichet.procedure.ProcedureManagement;
import org.guichet.support.IntegrationTest;
import org.guichet.support.SignIn;
import org.guichet.support.TestProcedures;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Files attached inside the rows of a repeatable block: checked, kept per row, shown back, removable. */
class BlockAttachmentIntegrationTest extends IntegrationTest {

    private static final String FORM = """
            {"schemaVersion": 1, "pages": [{"id": "enfants", "title": "Vos enfants", "fields": [
              {"id": "enfants", "type": "repeatable_block", "label": "Enfants", "required": true, "maxRows": 3, "fields": [
                {"id": "prenom", "type": "short_text", "label": "Prénom", "required": true},
                {"id": "certificat", "type": "attachment", "label": "Certificat", "required": true,
                 "allowedTypes": ["application/pdf"]}]}]}]}""";

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    ProcedureForms forms;

    @Autowired
    DossierManagement dossiers;

    TestTenant tenant;
    Cookie session;

    @BeforeEach
    void aDemarcheWithABlockOfAttachments() {
        tenant = tenants.create();
        UUID id = demarches.draft(tenant, "creche", "Inscription en crèche", org.guichet.procedure.Category.FAMILLE,
                org.guichet.procedure.SilenceRule.NONE, TestProcedures.completeData());
        TenantContext.runAs(tenant.id(), () -> {
            forms.saveDraft(id, TestProcedures.form(FORM));
            procedures.publish(id, "test");
        });
        tenants.account(tenant, "parent@example.org");
        session = SignIn.session(mvc, tenant.host(), "parent@example.org", TestTenants.PASSWORD);
    }

    @Test
    void eachRowKeepsItsOwnFileAndARefusedOneIsExplainedOnItsRow() throws Exception {
        String draft = mvc.perform(post("/demarches/creche/commencer").with(as()).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl().split("/")[2];
        String page = "/mes-demarches/" + draft + "/pages/enfants";

        mvc.perform(multipart(page).file(new MockMultipartFile("enfants[0].certificat", "certificat-lea.pdf", "application/pdf", PDF))
                        .file(new MockMultipartFile("enfants[1].certificat", "virus.pdf", "application/pdf",
                                "MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1)))
                        .with(as()).with(csrf()).param("version", version(draft))
                        .param("enfants[0].prenom", "Léa").param("enfants[1].prenom", "Hugo"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("#enfants[1].certificat")))
                .andExpect(content().string(containsString("certificat-lea.pdf")));
        assertThat(stored(draft)).contains("enfants[0].certificat").contains("certificat-lea.pdf").doesNotContain("virus.pdf");

        mvc.perform(multipart(page).file(new MockMultipartFile("enfants[1].certificat", "certificat-hugo.pdf", "application/pdf", PDF))
                        .with(as()).with(csrf()).param("version", version(draft))
                        .param("enfants[0].prenom", "Léa").param("enfants[1].prenom", "Hugo"))
                .andExpect(status().is3xxRedirection());
        assertThat(stored(draft)).contains("certificat-lea.pdf").contains("certificat-hugo.pdf");

        mvc.perform(post("/mes-demarches/" + draft + "/envoi").with(as()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String hugo = tools.jackson.databind.json.JsonMapper.builder().build().readTree(stored(draft))
                .path("files").path("enfants[1].certificat").get(0).path("reference").asString();
        mvc.perform(get("/mes-demarches/" + draft).with(as()))
                .andExpect(content().string(containsString("certificat-hugo.pdf")))
                .andExpect(content().string(containsString("/mes-demarches/" + draft + "/pieces/" + hugo)));
        mvc.perform(get("/mes-demarches/" + draft + "/pieces/" + hugo).with(as())).andExpect(status().isOk());
    }

    @Test
    void aFileInARowCanBeRemoved() throws Exception {
        String draft = mvc.perform(post("/demarches/creche/commencer").with(as()).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl().split("/")[2];
        String page = "/mes-demarches/" + draft + "/pages/enfants";
        mvc.perform(multipart(page).file(new MockMultipartFile("enfants[0].certificat", "a-retirer.pdf", "application/pdf", PDF))
                .with(as()).with(csrf()).param("version", version(draft)).param("enfants[0].prenom", "Léa"));
        String reference = tools.jackson.databind.json.JsonMapper.builder().build().readTree(stored(draft))
                .path("files").path("enfants[0].certificat").get(0).path("reference").asString();

        mvc.perform(multipart(page).with(as()).with(csrf()).param("version", version(draft))
                        .param("enfants[0].prenom", "Léa").param("enfants[0].certificat.remove", reference))
                .andExpect(status().isOk());
        assertThat(stored(draft)).doesNotContain("a-retirer.pdf").contains("Léa");
    }

    private String version(String draft) {
        return String.valueOf(TenantContext.callAs(tenant.id(), () -> dossiers.find(UUID.fromString(draft))).orElseThrow().version());
    }

    private String stored(String draft) {
        return TenantContext.callAs(tenant.id(), () -> dossiers.find(UUID.fromString(draft))).orElseThrow().answersJson();
    }

    private RequestPostProcessor as() {
        return SignIn.as(tenant.host(), session);
    }
}

package org.guichet.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.guichet.document.DocumentManagement;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.identity.AgentRole;
import org.guichet.instruction.internal.decision.DecisionRepository;
import org.guichet.support.AuditTrail;
import org.guichet.support.IntegrationTest;
import org.guichet.support.SignIn;
import org.guichet.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/** Administrators write each démarche's decision letters, preview them, and the letters use them. */
class DecisionTemplateIntegrationTest extends IntegrationTest {

    private static final String ACCEPTE = "Bonjour {demandeur}, votre demande {reference} du {date_depot} est acceptée. {motivation}";
    private static final String REFUSE = "Refus du dossier {reference} : {motivation}";
    private static final String SANS_SUITE = "Le dossier {reference} de la démarche {demarche} est classé par le service {service} de {collectivite}.";

    @Autowired
    DossierManagement dossiers;

    @Autowired
    DecisionRepository decisions;

    @Autowired
    DocumentManagement documents;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDefaultTextsAreShownThenAnAdministratorsTextsAreSavedAndUsedInTheLetter() throws Exception {
        DecisionFixture f = new DecisionFixture(tenants, demarches, mvc, dossiers, decisions);
        Cookie admin = admin(f);
        String url = "/agent/administration/demarches/" + f.procedure + "/decisions";

        assertThat(mvc.perform(get(url).with(SignIn.as(f.tenant.host(), admin))).andReturn().getResponse().getContentAsString())
                .contains("Courriers de décision").contains("votre demande est acceptée").contains("{motivation}");
        MockHttpServletResponse preview = save(f, admin, url, ACCEPTE, REFUSE, SANS_SUITE, true);
        assertThat(preview.getContentAsString()).contains("Aperçu avec des valeurs d’exemple")
                .contains("Bonjour Camille Martin, votre demande 2026-000123");
        MockHttpServletResponse saved = save(f, admin, url, ACCEPTE, REFUSE, SANS_SUITE, false);
        assertThat(saved.getRedirectedUrl()).isEqualTo(url);
        AuditTrail.awaitAction(jdbc, f.tenant.id(), "procedure.decision-templates-changed", f.procedure.toString());

        Dossier d = f.submitted();
        f.act(f.agentSession, d, "classer", d.version(), "Doublon.");
        String letter = f.pdfText(documents, f.awaitLetter(d.id()).documentId());

        assertThat(letter.replaceAll("\\s+", " ")).contains("Le dossier " + d.reference() + " de la démarche Inscription en crèche est classé par le service Petite enfance de Commune " + f.tenant.slug())
                .contains("Motifs de la décision").contains("Doublon.");
    }

    @Test
    void unknownPlaceholdersAndEmptyTextsAreRefusedWithWhatToDoAndNothingIsSaved() throws Exception {
        DecisionFixture f = new DecisionFixture(tenants, demarches, mvc, dossiers, decisions);
        Cookie admin = admin(f);
        String url = "/agent/administration/demarches/" + f.procedure + "/decisions";

        MockHttpServletResponse refused = save(f, admin, url, "Bonjour {nom_usager}", " ", SANS_SUITE, false);

        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("contient {nom_usager}, qui n’est pas un champ connu")
                .contains("{demandeur}").contains("Écrivez le texte du « Courrier de refus »").contains("href=\"#refuse\"");
        assertThat(mvc.perform(get(url).with(SignIn.as(f.tenant.host(), admin))).andReturn().getResponse().getContentAsString())
                .doesNotContain("{nom_usager}");
        assertThat(mvc.perform(get("/agent/administration/demarches/" + UUID.randomUUID() + "/decisions")
                .with(SignIn.as(f.tenant.host(), admin))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(url).with(SignIn.as(f.tenant.host(), f.agentSession))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    private Cookie admin(DecisionFixture f) {
        String email = "admin-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        tenants.account(f.tenant, email, AgentRole.ADMINISTRATEUR);
        return SignIn.session(mvc, f.tenant.host(), email, TestTenants.PASSWORD);
    }

    private MockHttpServletResponse save(DecisionFixture f, Cookie admin, String url, String accepte, String refuse,
            String sansSuite, boolean preview) throws Exception {
        var request = post(url).with(SignIn.as(f.tenant.host(), admin)).with(csrf())
                .param("accepte", accepte).param("refuse", refuse).param("sansSuite", sansSuite);
        if (preview) {
            request.param("apercu", "1");
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}

package org.guichet.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.UUID;
import org.guichet.document.SampleFiles;
import org.guichet.dossier.DossierManagement;
import org.guichet.support.AuditTrail;
import org.guichet.support.IntegrationTest;
import org.guichet.support.Mailbox;
import org.guichet.support.SignIn;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Experts' opinions: the invitation by mail, the single-use link, confidentiality, and the inviting agent told. */
class ExpertOpinionsIntegrationTest extends IntegrationTest {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    JdbcClient jdbc;

    InstructionFixture f;
    String tab;
    String expert;

    @BeforeEach
    void aDossier() {
        f = new InstructionFixture(tenants, demarches, dossiers, mvc, jdbc);
        tab = "/agent/dossiers/" + f.dossier.id() + "/avis";
        expert = f.email("expert");
    }

    @Test
    void theExpertAnswersOnceThroughTheEmailedLinkAndTheAgentIsTold() throws Exception {
        String link = invite("instructeur", "La crèche peut-elle accueillir cet enfant ?", false);
        String path = URI.create(link).getPath();
        assertThat(path).matches("/avis/[A-Za-z0-9_-]{43}");
        String stored = TenantContext.callAs(f.tenant.id(),
                () -> jdbc.sql("select encode(token_hash, 'hex') from expert_invitation").query(String.class).single());
        assertThat(stored).doesNotContain(path.substring(6)).hasSize(64);

        mvc.perform(get(path).with(SignIn.on(f.tenant.host())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(f.dossier.reference())))
                .andExpect(content().string(containsString("La crèche peut-elle accueillir cet enfant ?")));
        mvc.perform(multipart(path).file(new MockMultipartFile("file", "rapport.pdf", "application/pdf", SampleFiles.pdf()))
                        .param("opinion", "Avis favorable, sous réserve de place.").with(SignIn.on(f.tenant.host())).with(csrf()))
                .andExpect(redirectedUrl(path));

        var mail = Mailbox.await(f.email("instructeur"), "Avis reçu sur le dossier n° " + f.dossier.reference());
        assertThat(Mailbox.textOf(mail)).contains(tab).doesNotContain("Avis favorable");
        mvc.perform(get(path).with(SignIn.on(f.tenant.host()))).andExpect(status().isGone())
                .andExpect(content().string(containsString("Ce lien n’est plus valable")))
                .andExpect(content().string(containsString("il ne sert qu’une fois")));
        mvc.perform(multipart(path).param("opinion", "Second avis").with(SignIn.on(f.tenant.host())).with(csrf()))
                .andExpect(status().isGone());
        mvc.perform(get(tab).with(as("collegue")))
                .andExpect(content().string(containsString("Avis favorable, sous réserve de place.")))
                .andExpect(content().string(containsString("rapport.pdf")))
                .andExpect(content().string(not(containsString("Second avis"))));
        AuditTrail.awaitAction(jdbc, f.tenant.id(), "instruction.expert.invited", f.dossier.id().toString());
        AuditTrail.awaitAction(jdbc, f.tenant.id(), "instruction.expert.opinion-given", f.dossier.id().toString());
    }

    @Test
    void aConfidentialOpinionIsReadOnlyByItsRequesterAndTheAdministrators() throws Exception {
        String path = URI.create(invite("instructeur", "Question confidentielle sur la famille", true)).getPath();
        mvc.perform(post(path).param("opinion", "Réponse confidentielle").with(SignIn.on(f.tenant.host())).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(tab).with(as("collegue")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Avis confidentiel demandé par")))
                .andExpect(content().string(not(containsString("Réponse confidentielle"))))
                .andExpect(content().string(not(containsString("Question confidentielle"))))
                .andExpect(content().string(not(containsString(expert))));
        mvc.perform(get(tab).with(as("instructeur"))).andExpect(content().string(containsString("Réponse confidentielle")));
        mvc.perform(get(tab).with(as("admin"))).andExpect(content().string(containsString("Réponse confidentielle")));
    }

    @Test
    void anExpiredLinkSaysSoAndAnUnknownOneIsNotFound() throws Exception {
        String path = URI.create(invite("instructeur", "Question", false)).getPath();
        TenantContext.runAs(f.tenant.id(), () -> jdbc.sql("update expert_invitation set expires_at = now() - interval '1 minute'").update());

        mvc.perform(get(path).with(SignIn.on(f.tenant.host()))).andExpect(status().isGone())
                .andExpect(content().string(containsString("La date limite de réponse est passée.")));
        mvc.perform(post(path).param("opinion", "Trop tard").with(SignIn.on(f.tenant.host())).with(csrf()))
                .andExpect(status().isGone());
        mvc.perform(get("/avis/" + "B".repeat(43)).with(SignIn.on(f.tenant.host()))).andExpect(status().isNotFound());
        mvc.perform(get("/avis/court").with(SignIn.on(f.tenant.host()))).andExpect(status().isNotFound());
        // The link belongs to its tenant: another tenant's host finds nothing.
        mvc.perform(get(path).with(SignIn.on(f.otherTenant.host()))).andExpect(status().isNotFound());
    }

    @Test
    void aForbiddenFileOrAnEmptyOpinionKeepsTheLinkOpenAndStoresNothing() throws Exception {
        String path = URI.create(invite("instructeur", "Question", false)).getPath();
        long documents = f.count("document where created_by is null and file_name not like 'accuse-de-reception%'");

        mvc.perform(multipart(path).file(new MockMultipartFile("file", "rapport.pdf", "application/pdf", MessagingIntegrationTest.EXE))
                        .param("opinion", "Mon avis").with(SignIn.on(f.tenant.host())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre avis n’a pas été envoyé et aucun fichier n’a été gardé.")))
                .andExpect(content().string(containsString("Mon avis")));
        mvc.perform(multipart(path).param("opinion", " ").with(SignIn.on(f.tenant.host())).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Écrivez votre avis")));

        assertThat(f.count("expert_invitation where answered_at is not null")).isZero();
        assertThat(f.count("document where created_by is null and file_name not like 'accuse-de-reception%'")).isEqualTo(documents);
        mvc.perform(get(path).with(SignIn.on(f.tenant.host()))).andExpect(status().isOk());
    }

    @Test
    void aBadInvitationIsRefusedWithWhatToDoAndOnlyInstructeursInvite() throws Exception {
        mvc.perform(post(tab).with(as("instructeur")).with(csrf()).param("email", "pas-une-adresse").param("question", "")
                        .param("day", "1").param("month", "1").param("year", "2000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saisissez l’adresse électronique de l’expert")))
                .andExpect(content().string(containsString("Écrivez la question posée à l’expert")))
                .andExpect(content().string(containsString("La date limite doit être aujourd’hui ou plus tard")));
        mvc.perform(post(tab).with(as("instructeur")).with(csrf()).param("email", expert).param("question", "Q")
                        .param("day", "31").param("month", "2").param("year", "2030"))
                .andExpect(content().string(containsString("La date limite doit être une date réelle")));
        mvc.perform(post(tab).with(as("superviseur")).with(csrf()).param("email", expert).param("question", "Q"))
                .andExpect(status().isNotFound());
        mvc.perform(post(tab).with(SignIn.as(f.otherTenant.host(), f.otherTenantAgent())).with(csrf())
                        .param("email", expert).param("question", "Q"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/agent/dossiers/" + UUID.randomUUID() + "/avis").with(as("instructeur")).with(csrf())
                        .param("email", expert).param("question", "Q"))
                .andExpect(status().isNotFound());
        assertThat(f.count("expert_invitation")).isZero();
    }

    /** Invites the expert as {@code who} and returns the link mailed to them. */
    private String invite(String who, String question, boolean confidential) throws Exception {
        var request = post(tab).with(as(who)).with(csrf()).param("email", expert).param("question", question);
        if (confidential) {
            request.param("confidential", "true");
        }
        mvc.perform(request).andExpect(redirectedUrl(tab));
        Mailbox.await(expert, "Demande d’avis sur le dossier n° " + f.dossier.reference());
        return Mailbox.awaitLink(expert, "/avis/");
    }

    private RequestPostProcessor as(String who) {
        return SignIn.as(f.tenant.host(), f.session(who));
    }
}

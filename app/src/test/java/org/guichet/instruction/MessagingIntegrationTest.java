package org.guichet.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
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
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The thread between the usager and the agents: who may read and write, files, mail, replays. */
class MessagingIntegrationTest extends IntegrationTest {

    /** The start of a Windows executable, under a name that says PDF. */
    static final byte[] EXE = ("MZ\u0090\u0000\u0003\u0000\u0000\u0000\u0004\u0000\u0000\u0000\u00ff\u00ff"
            + "This program cannot be run in DOS mode.").getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    DossierManagement dossiers;

    @Autowired
    JdbcClient jdbc;

    InstructionFixture f;

    @BeforeEach
    void aSubmittedDossier() {
        f = new InstructionFixture(tenants, demarches, dossiers, mvc, jdbc);
    }

    @Test
    void anAgentsMessageWithAFileReachesTheUsagerWhoIsToldByMailAndCanDownloadIt() throws Exception {
        mvc.perform(agentPost(f.dossier.id(), "instructeur", "Merci de nous envoyer le justificatif de domicile.")
                        .file(new MockMultipartFile("files", "liste des pièces.pdf", "application/pdf", SampleFiles.pdf())))
                .andExpect(redirectedUrl("/agent/dossiers/" + f.dossier.id() + "/messagerie"));

        var mail = Mailbox.await(f.email("citoyen"), "Nouveau message sur votre dossier n° " + f.dossier.reference());
        assertThat(Mailbox.textOf(mail)).contains("/mes-demarches/" + f.dossier.id() + "/messagerie")
                .doesNotContain("justificatif de domicile");
        mvc.perform(get("/mes-demarches/" + f.dossier.id()).with(as("citoyen")))
                .andExpect(content().string(containsString("Merci de nous envoyer le justificatif de domicile.")))
                .andExpect(content().string(containsString("1 pièce jointe")));
        String page = mvc.perform(get("/mes-demarches/" + f.dossier.id() + "/messagerie").with(as("citoyen")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("liste des pièces.pdf")))
                .andReturn().getResponse().getContentAsString();
        String documentId = page.replaceAll("(?s).*/messagerie/pieces/([0-9a-f-]{36}).*", "$1");
        mvc.perform(get("/mes-demarches/" + f.dossier.id() + "/messagerie/pieces/" + documentId).with(as("citoyen")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
        AuditTrail.awaitAction(jdbc, f.tenant.id(), "instruction.message.sent-by-agent", f.dossier.id().toString());

        // The attachment belongs to this dossier's thread only.
        mvc.perform(get("/mes-demarches/" + f.neighboursDossier + "/messagerie/pieces/" + documentId).with(as("voisin")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/agent/dossiers/" + f.neighboursDossier + "/messagerie/pieces/" + documentId).with(as("instructeur")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/agent/dossiers/" + f.dossier.id() + "/messagerie/pieces/" + documentId).with(as("collegue")))
                .andExpect(status().isOk());
    }

    @Test
    void theUsagersReplyIsToldToTheAgentsWhoWroteInTheThread() throws Exception {
        mvc.perform(agentPost(f.dossier.id(), "instructeur", "Une question sur votre demande."));
        mvc.perform(citizenPost(f.dossier.id(), "citoyen", "Voici ma réponse."))
                .andExpect(redirectedUrl("/mes-demarches/" + f.dossier.id() + "/messagerie"));

        var mail = Mailbox.await(f.email("instructeur"), "Nouveau message de l’usager — dossier n° " + f.dossier.reference());
        assertThat(Mailbox.textOf(mail)).contains("/agent/dossiers/" + f.dossier.id() + "/messagerie").doesNotContain("Voici ma réponse");
        mvc.perform(get("/agent/dossiers/" + f.dossier.id() + "/messagerie").with(as("collegue")))
                .andExpect(content().string(containsString("Voici ma réponse.")))
                .andExpect(content().string(containsString("Une question sur votre demande.")));
        AuditTrail.awaitAction(jdbc, f.tenant.id(), "instruction.message.sent-by-usager", f.dossier.id().toString());
        assertThat(Mailbox.messagesTo(f.email("collegue"))).as("an agent who never wrote is not mailed").isEmpty();
    }

    @Test
    void theUsagersFirstMessageIsToldToTheAgentsWhoFollowTheDossier() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/agent/dossiers/" + f.dossier.id() + "/suivre").with(as("collegue")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(citizenPost(f.dossier.id(), "citoyen", "Une précision sur ma demande."));

        Mailbox.await(f.email("collegue"), "Nouveau message de l’usager — dossier n° " + f.dossier.reference());
        assertThat(Mailbox.messagesTo(f.email("instructeur"))).as("an agent who neither follows nor wrote").isEmpty();
    }

    @Test
    void aForbiddenFileIsRefusedClearlyAndNothingIsStored() throws Exception {
        long messages = f.count("dossier_message");
        // Uploaded documents only: the accusés de réception are generated meanwhile, after the submission.
        long documents = f.count("document where created_by is not null");

        mvc.perform(agentPost(f.dossier.id(), "instructeur", "Le texte reste affiché.")
                        .file(new MockMultipartFile("files", "bon.pdf", "application/pdf", SampleFiles.pdf()))
                        .file(new MockMultipartFile("files", "facture.pdf", "application/pdf", EXE)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#files\"")))
                .andExpect(content().string(containsString("Votre message n’a pas été envoyé et aucun fichier n’a été gardé.")))
                .andExpect(content().string(containsString("doit être dans l’un de ces formats")))
                .andExpect(content().string(containsString("Le texte reste affiché.")));
        mvc.perform(citizenPost(f.dossier.id(), "citoyen", "Trop gros")
                        .file(new MockMultipartFile("files", "scan.pdf", "application/pdf", new byte[11 * 1024 * 1024])))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("doit faire moins de 10 Mo")));

        assertThat(f.count("dossier_message")).isEqualTo(messages);
        assertThat(f.count("dossier_message_attachment")).isZero();
        assertThat(f.count("document where created_by is not null")).isEqualTo(documents);
    }

    @Test
    void aReplayedFormCreatesOneMessage() throws Exception {
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 3; i++) {
            mvc.perform(citizenPost(f.dossier.id(), "citoyen", "Envoyé une seule fois", key))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(f.count("dossier_message")).isEqualTo(1);
    }

    @Test
    void anEmptyOrTooLongMessageIsRefusedWithWhatToDo() throws Exception {
        mvc.perform(agentPost(f.dossier.id(), "instructeur", "   "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Écrivez votre message")))
                .andExpect(content().string(containsString("href=\"#body\"")));
        mvc.perform(citizenPost(f.dossier.id(), "citoyen", "x".repeat(5001)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Raccourcissez votre message")));
        assertThat(f.count("dossier_message")).isZero();
    }

    @Test
    void noOneWritesOnADraft() throws Exception {
        mvc.perform(citizenPost(f.draft, "citoyen", "Sur un brouillon")).andExpect(status().isNotFound());
        mvc.perform(get("/mes-demarches/" + f.draft + "/messagerie").with(as("citoyen")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("après avoir déposé votre dossier")))
                .andExpect(content().string(not(containsString("name=\"body\""))));
        mvc.perform(agentPost(f.draft, "instructeur", "Sur un brouillon")).andExpect(status().isNotFound());
        assertThat(f.count("dossier_message")).isZero();
    }

    @Test
    void onlyTheOwnerAndTheDossiersInstructeursReachTheThread() throws Exception {
        String path = "/agent/dossiers/" + f.dossier.id() + "/messagerie";
        mvc.perform(get(path).with(as("instructeur"))).andExpect(status().isOk());
        mvc.perform(get(path).with(as("superviseur"))).andExpect(status().isNotFound());
        mvc.perform(agentPost(f.dossier.id(), "superviseur", "Refusé")).andExpect(status().isNotFound());
        mvc.perform(get(path).with(SignIn.as(f.otherTenant.host(), f.otherTenantAgent()))).andExpect(status().isNotFound());
        mvc.perform(agentPost(f.dossier.id(), null, "Refusé").with(SignIn.as(f.otherTenant.host(), f.otherTenantAgent())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/agent/dossiers/" + UUID.randomUUID() + "/messagerie").with(as("instructeur")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/agent/dossiers/pas-un-identifiant/messagerie").with(as("instructeur")))
                .andExpect(status().isNotFound());

        mvc.perform(get("/mes-demarches/" + f.dossier.id() + "/messagerie").with(as("voisin"))).andExpect(status().isNotFound());
        mvc.perform(citizenPost(f.dossier.id(), "voisin", "Pas chez moi")).andExpect(status().isNotFound());
        mvc.perform(get("/mes-demarches/" + UUID.randomUUID() + "/messagerie").with(as("citoyen"))).andExpect(status().isNotFound());
        mvc.perform(get("/mes-demarches/" + f.dossier.id() + "/messagerie/pieces/pas-un-id").with(as("citoyen")))
                .andExpect(status().isNotFound());
        assertThat(f.count("dossier_message")).isZero();
    }

    @Test
    void theThreadIsReadInEnglishToo() throws Exception {
        mvc.perform(get("/mes-demarches/" + f.dossier.id() + "/messagerie").param("lang", "en").with(as("citoyen")))
                .andExpect(content().string(containsString("Send the message")));
    }

    private MockMultipartHttpServletRequestBuilder agentPost(UUID dossier, String who, String body) {
        return post("/agent/dossiers/" + dossier + "/messagerie", who, body, UUID.randomUUID().toString());
    }

    private MockMultipartHttpServletRequestBuilder citizenPost(UUID dossier, String who, String body) {
        return citizenPost(dossier, who, body, UUID.randomUUID().toString());
    }

    private MockMultipartHttpServletRequestBuilder citizenPost(UUID dossier, String who, String body, String key) {
        return post("/mes-demarches/" + dossier + "/messagerie", who, body, key);
    }

    private MockMultipartHttpServletRequestBuilder post(String path, String who, String body, String key) {
        MockMultipartHttpServletRequestBuilder builder = multipart(path);
        builder.param("body", body).param("key", key).with(csrf());
        if (who != null) {
            builder.with(as(who));
        }
        return builder;
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String who) {
        Cookie session = f.session(who);
        return SignIn.as(f.tenant.host(), session);
    }
}

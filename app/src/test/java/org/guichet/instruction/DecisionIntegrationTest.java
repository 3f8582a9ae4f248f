package org.guichet.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.mail.internet.MimeMessage;
import java.util.UUID;
import org.guichet.document.DocumentManagement;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.DossierState;
import org.guichet.dossier.TimelineEntry;
import org.guichet.identity.AgentRole;
import org.guichet.instruction.internal.decision.Decision;
import org.guichet.instruction.internal.decision.DecisionRepository;
import org.guichet.support.AuditTrail;
import org.guichet.support.IntegrationTest;
import org.guichet.support.Mailbox;
import org.guichet.support.SignIn;
import org.guichet.support.TestTenants;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/** An agent starts instruction, decides, and re-examines; the usager gets the letter and its first opening is recorded. */
class DecisionIntegrationTest extends IntegrationTest {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    DecisionRepository decisions;

    @Autowired
    DocumentManagement documents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.guichet.tenancy.TenantManagement tenantManagement;

    private DecisionFixture fixture() {
        return new DecisionFixture(tenants, demarches, mvc, dossiers, decisions);
    }

    @Test
    void agentStartsInstructionThenAcceptsAndTheUsagerIsToldWithALetterCarryingTheMotivation() throws Exception {
        DecisionFixture f = fixture();
        Dossier d = f.submitted();

        String page = page(f, d).getContentAsString();
        assertThat(page).contains(d.reference()).contains("Inscription en crèche").contains("Passer en instruction");

        MockHttpServletResponse started = f.act(f.agentSession, d, "instruire", d.version(), "");
        assertThat(started.getRedirectedUrl()).isEqualTo("/agent/dossiers/" + d.id());
        Dossier inInstruction = f.reload(d.id());
        assertThat(inInstruction.state()).isEqualTo(DossierState.EN_INSTRUCTION);

        f.act(f.agentSession, inInstruction, "accepter", inInstruction.version(), "Place attribuée à la crèche des Lilas.");

        assertThat(f.reload(d.id()).state()).isEqualTo(DossierState.ACCEPTE);
        assertThat(f.in(() -> dossiers.timeline(d.id()))).extracting(TimelineEntry::to)
                .containsSubsequence(DossierState.EN_INSTRUCTION, DossierState.ACCEPTE);
        AuditTrail.awaitAction(jdbc, f.tenant.id(), "dossier.en_construction-to-en_instruction", d.id().toString());
        AuditTrail.awaitAction(jdbc, f.tenant.id(), "dossier.en_instruction-to-accepte", d.id().toString());
        Decision decision = f.awaitLetter(d.id());
        assertThat(decision.outcome()).isEqualTo(DossierState.ACCEPTE);
        assertThat(decision.decidedBy()).isEqualTo(f.agent.value());
        String letter = f.pdfText(documents, decision.documentId());
        assertThat(letter).contains("Décision d’acceptation").contains(d.reference())
                .contains("Place attribuée à la crèche des Lilas.").contains("Petite enfance")
                .contains("tribunal administratif").contains("www.telerecours.fr").contains("Prénom Nom");
        MimeMessage mail = Mailbox.await(f.citizenEmail, "Décision sur votre dossier n° " + d.reference());
        assertThat(Mailbox.linkIn(mail, "/mes-demarches/")).endsWith("/mes-demarches/" + d.id());
        assertThat(page(f, d).getContentAsString()).contains("Décision d’acceptation du").contains("Pas encore ouverte par l’usager");
    }

    @Test
    void refusalWithoutMotivationIsRefusedWithAClearMessageAndNothingChanges() throws Exception {
        DecisionFixture f = fixture();
        Dossier d = f.submitted();

        MockHttpServletResponse refused = f.act(f.agentSession, d, "refuser", d.version(), "   ");
        MockHttpServletResponse noChoice = f.act(f.agentSession, d, "", d.version(), "Motif");
        MockHttpServletResponse tooLong = f.act(f.agentSession, d, "accepter", d.version(), "x".repeat(10_001));

        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("Écrivez la motivation du refus").contains("href=\"#motivation\"");
        assertThat(noChoice.getContentAsString()).contains("Choisissez la décision");
        assertThat(tooLong.getContentAsString()).contains("Raccourcissez la motivation");
        assertThat(f.reload(d.id()).state()).isEqualTo(DossierState.EN_CONSTRUCTION);
        assertThat(f.reload(d.id()).version()).isEqualTo(d.version());
        assertThat(f.in(() -> decisions.ofDossier(d.id()))).isEmpty();
    }

    @Test
    void twoAgentsDecidingAtOnceTheSecondIsToldWhatHappenedAndChangesNothing() throws Exception {
        DecisionFixture f = fixture();
        String colleague = "collegue-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        tenants.account(f.tenant, colleague, AgentRole.INSTRUCTEUR);
        var otherSession = SignIn.session(mvc, f.tenant.host(), colleague, TestTenants.PASSWORD);
        Dossier d = f.submitted();

        f.act(f.agentSession, d, "accepter", d.version(), "");
        MockHttpServletResponse late = f.act(otherSession, d, "refuser", d.version(), "Hors secteur.");

        assertThat(late.getContentAsString()).contains("Un autre agent a modifié ce dossier")
                .contains("il est maintenant « Accepté »").contains("Rien n’a été enregistré");
        assertThat(f.reload(d.id()).state()).isEqualTo(DossierState.ACCEPTE);
        assertThat(f.in(() -> decisions.ofDossier(d.id()))).singleElement()
                .satisfies(x -> assertThat(x.outcome()).isEqualTo(DossierState.ACCEPTE));
    }

    @Test
    void actionsThatDoNotApplyToTheStateAreRefusedLikeAConflict() throws Exception {
        DecisionFixture f = fixture();
        Dossier d = f.submitted();

        MockHttpServletResponse reexamine = f.act(f.agentSession, d, "reexaminer", d.version(), "");

        assertThat(reexamine.getContentAsString()).contains("il est maintenant « Déposé »");
        assertThat(f.reload(d.id()).state()).isEqualTo(DossierState.EN_CONSTRUCTION);
    }

    @Test
    void reexaminationKeepsThePreviousDecisionMarkedAsSupersededAndWithdrawsItFromTheUsager() throws Exception {
        DecisionFixture f = fixture();
        Dossier d = f.submitted();
        f.act(f.agentSession, d, "refuser", d.version(), "Dossier hors délai.");
        f.awaitLetter(d.id());
        Dossier refused = f.reload(d.id());
        var citizenSession = SignIn.session(mvc, f.tenant.host(), f.citizenEmail, TestTenants.PASSWORD);

        f.act(f.agentSession, refused, "reexaminer", refused.version(), "");

        assertThat(f.reload(d.id()).state()).isEqualTo(DossierState.EN_INSTRUCTION);
        assertThat(f.in(() -> decisions.ofDossier(d.id()))).singleElement()
                .satisfies(x -> assertThat(x.supersededAt()).isNotNull());
        assertThat(page(f, d).getContentAsString()).contains("Décision de refus du").contains("Remplacée après réexamen");
        assertThat(mvc.perform(get("/mes-demarches/" + d.id() + "/decision").with(SignIn.as(f.tenant.host(), citizenSession)))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        AuditTrail.awaitAction(jdbc, f.tenant.id(), "dossier.refuse-to-en_instruction", d.id().toString());
    }

    @Test
    void theUsagersFirstOpeningIsRecordedOnceAndAuditedAndAgentsReadingsDoNotCount() throws Exception {
        DecisionFixture f = fixture();
        Dossier d = f.submitted();
        f.act(f.agentSession, d, "classer", d.version(), "");
        Decision decision = f.awaitLetter(d.id());
        var citizenSession = SignIn.session(mvc, f.tenant.host(), f.citizenEmail, TestTenants.PASSWORD);

        MockHttpServletResponse agentCopy = mvc.perform(get("/agent/dossiers/" + d.id() + "/documents/" + decision.documentId())
                .with(SignIn.as(f.tenant.host(), f.agentSession))).andReturn().getResponse();
        assertThat(agentCopy.getContentType()).isEqualTo("application/pdf");
        assertThat(f.in(() -> decisions.find(decision.id())).orElseThrow().firstOpenedAt()).isNull();

        String myPage = mvc.perform(get("/mes-demarches/" + d.id()).with(SignIn.as(f.tenant.host(), citizenSession)))
                .andReturn().getResponse().getContentAsString();
        assertThat(myPage).contains("Votre dossier a été classé sans suite le").contains("/mes-demarches/" + d.id() + "/decision");
        MockHttpServletResponse first = mvc.perform(get("/mes-demarches/" + d.id() + "/decision")
                .with(SignIn.as(f.tenant.host(), citizenSession))).andReturn().getResponse();
        assertThat(first.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(first.getContentAsByteArray(), 0, 4)).isEqualTo("%PDF");
        var openedAt = f.in(() -> decisions.find(decision.id())).orElseThrow().firstOpenedAt();
        assertThat(openedAt).isNotNull();

        mvc.perform(get("/mes-demarches/" + d.id() + "/decision").with(SignIn.as(f.tenant.host(), citizenSession)));

        assertThat(f.in(() -> decisions.find(decision.id())).orElseThrow().firstOpenedAt()).isEqualTo(openedAt);
        assertThat(AuditTrail.awaitAction(jdbc, f.tenant.id(), "dossier.decision-opened", d.id().toString()))
                .filteredOn("dossier.decision-opened"::equals).hasSize(1);
        assertThat(page(f, d).getContentAsString()).contains("Ouverte par l’usager le");
    }

    @Test
    void theAgentSeesTheUsagersEditsAfterSubmissionQuestionByQuestion() throws Exception {
        DecisionFixture f = fixture();
        UUID id = f.in(() -> dossiers.createDraft(f.procedure, f.citizen));
        f.in(() -> dossiers.saveAnswers(id, f.citizen, "{\"values\": {\"nom\": [\"Dupont\"], \"message\": [\"Bonjour\"]}}", 0));
        Dossier submitted = f.in(() -> dossiers.submit(id, f.citizen));
        f.in(() -> dossiers.saveAnswers(id, f.citizen, "{\"values\": {\"nom\": [\"Durand\"], \"message\": [\"Bonjour\"]}}",
                submitted.version()));

        String page = page(f, submitted).getContentAsString();

        assertThat(page).contains("Modifications de l’usager après le dépôt");
        String edits = page.substring(page.indexOf("Modifications de l’usager"), page.indexOf("Documents"));
        assertThat(edits).contains("Vous — Nom").contains("Dupont").contains("Durand").doesNotContain("Bonjour");
    }

    @Test
    void theLetterCarriesTheTenantsLogo() throws Exception {
        DecisionFixture f = fixture();
        var image = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        tenantManagement.storeLogo(f.tenant.id(), png.toByteArray(), "test");
        Dossier d = f.submitted();

        f.act(f.agentSession, d, "accepter", d.version(), "");

        UUID letter = f.awaitLetter(d.id()).documentId();
        int images = f.in(() -> {
            try (var open = documents.open(new org.guichet.document.DocumentId(letter)).orElseThrow();
                    var pdf = org.apache.pdfbox.Loader.loadPDF(open.content().readAllBytes())) {
                var resources = pdf.getPage(0).getResources();
                int count = 0;
                for (var name : resources.getXObjectNames()) {
                    count += resources.isImageXObject(name) ? 1 : 0;
                }
                return count;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(images).isEqualTo(1);
    }

    private MockHttpServletResponse page(DecisionFixture f, Dossier d) throws Exception {
        return mvc.perform(get("/agent/dossiers/" + d.id()).with(SignIn.as(f.tenant.host(), f.agentSession)))
                .andReturn().getResponse();
    }
}

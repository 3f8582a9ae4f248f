package org.guichet.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.guichet.dossier.Actor;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.TrackedFiling;
import org.guichet.instruction.internal.decision.Decision;
import org.guichet.instruction.internal.decision.DecisionRepository;
import org.guichet.procedure.Category;
import org.guichet.procedure.ProcedureDetails;
import org.guichet.procedure.ProcedureForms;
import org.guichet.procedure.ProcedureManagement;
import org.guichet.procedure.SilenceRule;
import org.guichet.support.AuditTrail;
import org.guichet.support.IntegrationTest;
import org.guichet.support.Mailbox;
import org.guichet.support.SignIn;
import org.guichet.support.TestProcedures;
import org.guichet.tenancy.ServiceUnitManagement;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A dossier filed without an account: its decision is mailed to the contact address and read with the tracking code. */
class AnonymousDecisionIntegrationTest extends IntegrationTest {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    DecisionRepository decisions;

    @Autowired
    TrackedFiling filings;

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    ProcedureForms forms;

    @Autowired
    ServiceUnitManagement services;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTrackingCodesSessionReadsTheDecisionAndItsFirstOpeningIsRecorded() throws Exception {
        DecisionFixture f = new DecisionFixture(tenants, demarches, mvc, dossiers, decisions);
        String contact = "sans-compte-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        var started = TenantContext.callAs(f.tenant.id(), () -> {
            UUID service = services.create(new ServiceUnitManagement.ServiceDetails("Voirie " + UUID.randomUUID(),
                    "voirie@example.org", "0102030405", "1 place de la Mairie"), "test");
            UUID open = procedures.createDraft(new ProcedureDetails(service, "signalement", "Signaler un problème de voirie",
                    "Un nid-de-poule", "Description", Category.VOIRIE, false, "Tout le monde", "", "", "",
                    SilenceRule.NONE, null, TestProcedures.completeData()));
            forms.saveDraft(open, TestProcedures.form(TestProcedures.SIMPLE_FORM));
            procedures.publish(open, "test");
            return filings.startAnonymous(open, contact);
        });
        Dossier d = f.in(() -> dossiers.submit(started.dossierId(), Actor.usager(null)));
        String code = started.trackingCode();

        f.act(f.agentSession, d, "refuser", d.version(), "Ce chemin est privé.");
        Decision decision = f.awaitLetter(d.id());
        assertThat(Mailbox.linkIn(Mailbox.await(contact, "Décision sur votre dossier n° " + d.reference()), "/mes-demarches/"))
                .endsWith("/mes-demarches/" + d.id());

        assertThat(mvc.perform(get("/mes-demarches/" + d.id() + "/decision").with(SignIn.on(f.tenant.host())))
                .andReturn().getResponse().getRedirectedUrl()).endsWith("/connexion");
        Cookie browser = mvc.perform(post("/suivi").with(SignIn.on(f.tenant.host())).with(csrf()).param("code", code))
                .andReturn().getResponse().getCookie("SESSION");
        var letter = mvc.perform(get("/mes-demarches/" + d.id() + "/decision").with(SignIn.as(f.tenant.host(), browser)))
                .andReturn().getResponse();

        assertThat(letter.getContentType()).isEqualTo("application/pdf");
        assertThat(f.in(() -> decisions.find(decision.id())).orElseThrow().firstOpenedAt()).isNotNull();
        AuditTrail.awaitAction(jdbc, f.tenant.id(), "dossier.decision-opened", d.id().toString());
    }

    @Test
    void theAgentWhoFiledAtTheCounterDownloadsTheDecisionWithoutCountingAsTheUsager() throws Exception {
        DecisionFixture f = new DecisionFixture(tenants, demarches, mvc, dossiers, decisions);
        String location = mvc.perform(post("/agent/guichet").with(SignIn.as(f.tenant.host(), f.agentSession)).with(csrf())
                        .param("procedure", f.procedure.toString()).param("channel", "GUICHET")
                        .param("email", "guichet-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org")
                        .param("givenName", "Louise").param("familyName", "Bernard"))
                .andReturn().getResponse().getRedirectedUrl();
        String id = location.split("/")[2];
        mvc.perform(post("/mes-demarches/" + id + "/pages/vous").with(SignIn.as(f.tenant.host(), f.agentSession)).with(csrf())
                .param("version", "0").param("nom", "Bernard"));
        mvc.perform(post("/mes-demarches/" + id + "/envoi").with(SignIn.as(f.tenant.host(), f.agentSession)).with(csrf()));
        Dossier d = f.reload(UUID.fromString(id));
        f.act(f.agentSession, d, "accepter", d.version(), "");
        Decision decision = f.awaitLetter(d.id());

        var letter = mvc.perform(get("/mes-demarches/" + id + "/decision").with(SignIn.as(f.tenant.host(), f.agentSession)))
                .andReturn().getResponse();

        assertThat(letter.getContentType()).isEqualTo("application/pdf");
        assertThat(f.in(() -> decisions.find(decision.id())).orElseThrow().firstOpenedAt()).isNull();
    }
}

package org.guichet.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierCorrections;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.DossierState;
import org.guichet.dossier.ImplicitDecisions;
import org.guichet.identity.AgentRole;
import org.guichet.procedure.Category;
import org.guichet.procedure.ProcedureManagement;
import org.guichet.procedure.SilenceRule;
import org.guichet.shared.AccountId;
import org.guichet.support.AuditTrail;
import org.guichet.support.IntegrationTest;
import org.guichet.support.Mailbox;
import org.guichet.support.SignIn;
import org.guichet.support.TestProcedures;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An agent asks for a correction (DOMAIN.md rule 4): the dossier goes back to the usager, who is told
 * what is missing and by when, the silence clock stops, and restarts when the usager says it is done.
 */
class CorrectionRequestIntegrationTest extends IntegrationTest {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    DossierCorrections corrections;

    @Autowired
    ImplicitDecisions decisions;

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAgentAsksTheUsagerIsToldAndTheClockRestartsWhenTheyAreDone() throws Exception {
        Fixture f = new Fixture();
        LocalDate due = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(15);

        mvc.perform(get("/agent/dossiers/" + f.dossier.id() + "/correction").with(SignIn.as(f.t.host(), f.agentSession)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Demander une correction")));
        mvc.perform(valid(f, due)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/agent/dossiers/" + f.dossier.id()));

        assertThat(f.state()).isEqualTo(DossierState.EN_CONSTRUCTION);
        assertThat(TenantContext.callAs(f.t.id(), () -> decisions.dueOf(f.dossier.id()))).as("clock stopped").isEmpty();
        String mail = Mailbox.textOf(Mailbox.await(f.email, "des éléments sont à compléter"));
        assertThat(mail).contains("Votre justificatif de domicile est illisible.", "- Justificatif de domicile",
                "- Attestation CAF", "/mes-demarches/" + f.dossier.id());
        AuditTrail.awaitAction(jdbc, f.t.id(), "dossier.correction-requested", f.dossier.id().toString());

        Cookie citizen = SignIn.session(mvc, f.t.host(), f.email, TestTenants.PASSWORD);
        mvc.perform(get("/mes-demarches/" + f.dossier.id()).with(SignIn.as(f.t.host(), citizen)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Attestation CAF")))
                .andExpect(content().string(containsString("J’ai complété mon dossier")));

        mvc.perform(post("/mes-demarches/" + f.dossier.id() + "/correction").with(SignIn.as(f.t.host(), citizen)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(TenantContext.callAs(f.t.id(), () -> corrections.pending(f.dossier.id()))).isEmpty();
        assertThat(TenantContext.callAs(f.t.id(), () -> decisions.dueOf(f.dossier.id())).orElseThrow().on())
                .isEqualTo(LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(2));
        mvc.perform(get("/mes-demarches/" + f.dossier.id()).with(SignIn.as(f.t.host(), citizen)))
                .andExpect(content().string(not(containsString("J’ai complété mon dossier"))))
                .andExpect(content().string(containsString("votre demande sera acceptée")));
    }

    @Test
    void badInputsAreRefusedWithHowToFixThem() throws Exception {
        Fixture f = new Fixture();
        String today = LocalDate.now(ZoneId.of("Europe/Paris")).toString();

        mvc.perform(request(f).param("message", " ").param("missing", "\n \n").param("dueDay", "31")
                        .param("dueMonth", "2").param("dueYear", "2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Écrivez le message à l’usager")))
                .andExpect(content().string(containsString("Indiquez au moins une pièce ou information manquante")))
                .andExpect(content().string(containsString("Saisissez une date réelle")));
        mvc.perform(request(f).param("message", "Bonjour").param("missing", "Pièce")
                        .param("dueDay", today.substring(8)).param("dueMonth", today.substring(5, 7))
                        .param("dueYear", today.substring(0, 4)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez une date à venir")));

        assertThat(f.state()).isEqualTo(DossierState.EN_INSTRUCTION);
    }

    @Test
    void aStaleVersionOrASecondRequestIsRefused() throws Exception {
        Fixture f = new Fixture();
        LocalDate due = LocalDate.now(ZoneId.of("Europe/Paris")).plusDays(15);
        mvc.perform(valid(f, due, f.dossier.version() - 1))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le dossier a changé entre-temps")));

        mvc.perform(valid(f, due)).andExpect(status().is3xxRedirection());
        mvc.perform(get("/agent/dossiers/" + f.dossier.id() + "/correction").with(SignIn.as(f.t.host(), f.agentSession)))
                .andExpect(content().string(containsString("attend déjà")));
    }

    @Test
    void dossiersOutOfReachAreNotFound() throws Exception {
        Fixture f = new Fixture();
        Fixture other = new Fixture();

        mvc.perform(get("/agent/dossiers/" + other.dossier.id() + "/correction").with(SignIn.as(f.t.host(), f.agentSession)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/agent/dossiers/pas-un-id/correction").with(SignIn.as(f.t.host(), f.agentSession)))
                .andExpect(status().isNotFound());
        String neighbour = "voisin-" + UUID.randomUUID() + "@example.org";
        tenants.account(f.t, neighbour);
        Cookie neighbourSession = SignIn.session(mvc, f.t.host(), neighbour, TestTenants.PASSWORD);
        mvc.perform(valid(f, LocalDate.now().plusDays(10)));
        mvc.perform(post("/mes-demarches/" + f.dossier.id() + "/correction").with(SignIn.as(f.t.host(), neighbourSession))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(TenantContext.callAs(f.t.id(), () -> corrections.pending(f.dossier.id()))).isPresent();
    }

    private MockHttpServletRequestBuilder request(Fixture f) {
        return request(f, f.dossier.version());
    }

    private MockHttpServletRequestBuilder request(Fixture f, int version) {
        return post("/agent/dossiers/" + f.dossier.id() + "/correction").with(SignIn.as(f.t.host(), f.agentSession))
                .with(csrf()).param("version", String.valueOf(version));
    }

    private MockHttpServletRequestBuilder valid(Fixture f, LocalDate due) {
        return valid(f, due, f.dossier.version());
    }

    private MockHttpServletRequestBuilder valid(Fixture f, LocalDate due, int version) {
        return request(f, version).param("message", "Votre justificatif de domicile est illisible.")
                .param("missing", "Justificatif de domicile\r\n\r\nAttestation CAF")
                .param("dueDay", String.valueOf(due.getDayOfMonth())).param("dueMonth", String.valueOf(due.getMonthValue()))
                .param("dueYear", String.valueOf(due.getYear()));
    }

    /** A tenant, an SVA démarche, a dossier en instruction and a signed-in instructeur. */
    private final class Fixture {
        final TestTenant t = tenants.create();
        final String email = "usager-" + UUID.randomUUID() + "@example.org";
        final Dossier dossier;
        final Cookie agentSession;

        Fixture() {
            AccountId usager = tenants.account(t, email);
            AccountId agent = tenants.account(t, "agent@example.org", AgentRole.INSTRUCTEUR);
            UUID procedure = demarches.draft(t, "terrasse", "Permis de terrasse", Category.ECONOMIE, SilenceRule.SVA,
                    TestProcedures.completeData());
            TenantContext.runAs(t.id(), () -> procedures.publish(procedure, "test"));
            dossier = TenantContext.callAs(t.id(), () -> {
                Dossier d = dossiers.submit(dossiers.createDraft(procedure, usager), usager);
                return dossiers.transition(d.id(), DossierState.EN_INSTRUCTION,
                        org.guichet.dossier.Actor.agent(agent), d.version(), null);
            });
            agentSession = SignIn.session(mvc, t.host(), "agent@example.org", TestTenants.PASSWORD);
        }

        DossierState state() {
            return TenantContext.callAs(t.id(), () -> dossiers.find(dossier.id())).orElseThrow().state();
        }
    }
}

package org.guichet.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.DossierState;
import org.guichet.dossier.FilingChannel;
import org.guichet.identity.AgentRole;
import org.guichet.shared.AccountId;
import org.guichet.support.IntegrationTest;
import org.guichet.support.Mailbox;
import org.guichet.support.SignIn;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An agent files a démarche for a person, with or without an account; the person gets the acknowledgements. */
class CounterFilingIntegrationTest extends IntegrationTest {

    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

    @Autowired
    DossierManagement dossiers;

    @Autowired
    JdbcClient jdbc;

    TestTenant tenant;
    UUID procedure;
    Cookie agent;

    @BeforeEach
    void anAgentAtTheCounter() {
        tenant = tenants.create();
        procedure = demarches.published(tenant, "creche", "Inscription en crèche");
        tenants.account(tenant, "guichet@example.org", AgentRole.INSTRUCTEUR);
        agent = SignIn.session(mvc, tenant.host(), "guichet@example.org", TestTenants.PASSWORD);
    }

    @Test
    void aPersonWithoutAccountGetsTheAcknowledgementsAndATrackingCode() throws Exception {
        mvc.perform(get("/agent/guichet").with(as(agent)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Inscription en crèche")));
        String location = mvc.perform(post("/agent/guichet").with(as(agent)).with(csrf())
                        .param("procedure", procedure.toString()).param("channel", "GUICHET")
                        .param("email", "sans.compte@example.org").param("givenName", "Louise").param("familyName", "Bernard"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/mes-demarches/[0-9a-f-]{36}/suite");
        String id = location.split("/")[2];

        mvc.perform(post("/mes-demarches/" + id + "/pages/vous").with(as(agent)).with(csrf())
                        .param("version", "0").param("nom", "Bernard"))
                .andExpect(redirectedUrl("/mes-demarches/" + id + "/verification"));
        mvc.perform(post("/mes-demarches/" + id + "/envoi").with(as(agent)).with(csrf()))
                .andExpect(redirectedUrl("/mes-demarches/" + id + "/confirmation"));
        String confirmation = mvc.perform(get("/mes-demarches/" + id + "/confirmation").with(as(agent)))
                .andReturn().getResponse().getContentAsString();

        Dossier filed = find(id);
        assertThat(filed.state()).isEqualTo(DossierState.EN_CONSTRUCTION);
        assertThat(filed.channel()).isEqualTo(FilingChannel.GUICHET);
        assertThat(filed.ownerAccountId()).isNull();
        assertThat(filed.contactName()).isEqualTo("Louise Bernard");
        String code = code(confirmation);
        assertThat(Mailbox.textOf(Mailbox.await("sans.compte@example.org", "Votre code de suivi"))).contains(code);
        assertThat(Mailbox.textOf(Mailbox.await("sans.compte@example.org", "Dossier n° " + filed.reference())))
                .contains("Louise Bernard");
        assertThat(TenantContext.callAs(tenant.id(), () -> jdbc.sql(
                "select actor_kind from dossier_event where dossier_id = ? and kind = 'submitted'")
                .param(UUID.fromString(id)).query(String.class).single())).isEqualTo("AGENT");

        // The person follows it with the code, in their own browser.
        Cookie person = mvc.perform(post("/suivi").with(SignIn.on(tenant.host())).with(csrf()).param("code", code))
                .andExpect(redirectedUrl("/mes-demarches/" + id)).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/mes-demarches/" + id).with(as(person))).andExpect(content().string(containsString(filed.reference())));
    }

    @Test
    void aPersonWithAnAccountOwnsTheDossierFiledForThem() throws Exception {
        AccountId citizen = tenants.account(tenant, "camille@example.org");
        String id = mvc.perform(post("/agent/guichet").with(as(agent)).with(csrf())
                        .param("procedure", procedure.toString()).param("channel", "TELEPHONE").param("email", "camille@example.org"))
                .andReturn().getResponse().getRedirectedUrl().split("/")[2];
        mvc.perform(post("/mes-demarches/" + id + "/pages/vous").with(as(agent)).with(csrf()).param("version", "0").param("nom", "Camille"));
        mvc.perform(post("/mes-demarches/" + id + "/envoi").with(as(agent)).with(csrf()));

        Dossier filed = find(id);
        assertThat(filed.ownerAccountId()).isEqualTo(citizen.value());
        assertThat(filed.channel()).isEqualTo(FilingChannel.TELEPHONE);
        Mailbox.await("camille@example.org", "Dossier n° " + filed.reference());
        Cookie camille = SignIn.session(mvc, tenant.host(), "camille@example.org", TestTenants.PASSWORD);
        mvc.perform(get("/mes-demarches").with(as(camille))).andExpect(content().string(containsString(filed.reference())));
        mvc.perform(get("/mes-demarches/" + id + "/confirmation").with(as(agent)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("code de suivi"))));
    }

    @Test
    void missingChoicesAreExplainedAndStartNothing() throws Exception {
        mvc.perform(post("/agent/guichet").with(as(agent)).with(csrf()).param("procedure", "pas-un-id").param("channel", "EN_LIGNE")
                        .param("email", "pas une adresse"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez la démarche")))
                .andExpect(content().string(containsString("Choisissez comment la demande est arrivée")))
                .andExpect(content().string(containsString("Saisissez une adresse électronique valide")));
        mvc.perform(post("/agent/guichet").with(as(agent)).with(csrf()).param("procedure", procedure.toString())
                        .param("channel", "COURRIER"))
                .andExpect(content().string(containsString("Saisissez le nom de la personne")));
        assertThat(TenantContext.callAs(tenant.id(), () -> jdbc.sql("select count(*) from dossier").query(Long.class).single())).isZero();
    }

    @Test
    void onlyAgentsWhoInstructTheDemarcheMayFileForAPerson() throws Exception {
        TestTenant other = tenants.create();
        UUID foreign = demarches.published(other, "salle", "Réservation de salle");
        mvc.perform(post("/agent/guichet").with(as(agent)).with(csrf()).param("procedure", foreign.toString())
                        .param("channel", "GUICHET").param("familyName", "Intrus"))
                .andExpect(content().string(containsString("Choisissez la démarche")));

        tenants.account(tenant, "superviseur@example.org", AgentRole.SUPERVISEUR);
        Cookie supervisor = SignIn.session(mvc, tenant.host(), "superviseur@example.org", TestTenants.PASSWORD);
        mvc.perform(post("/agent/guichet").with(as(supervisor)).with(csrf()).param("procedure", procedure.toString())
                        .param("channel", "GUICHET").param("familyName", "Intrus"))
                .andExpect(content().string(containsString("Choisissez la démarche")));

        tenants.account(tenant, "usager@example.org");
        Cookie citizen = SignIn.session(mvc, tenant.host(), "usager@example.org", TestTenants.PASSWORD);
        mvc.perform(post("/agent/guichet").with(as(citizen)).with(csrf()).param("procedure", procedure.toString())
                .param("channel", "GUICHET").param("familyName", "Intrus")).andExpect(status().isForbidden());
        assertThat(TenantContext.callAs(tenant.id(), () -> jdbc.sql("select count(*) from dossier").query(Long.class).single())).isZero();
    }

    private Dossier find(String id) {
        return TenantContext.callAs(tenant.id(), () -> dossiers.find(UUID.fromString(id))).orElseThrow();
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(Cookie session) {
        return SignIn.as(tenant.host(), session);
    }

    private static String code(String html) {
        Matcher m = CODE.matcher(html);
        assertThat(m.find()).as("a tracking code on the page").isTrue();
        return m.group();
    }
}

package org.guichet.dossier;

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
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guichet.procedure.Category;
import org.guichet.procedure.ProcedureDetails;
import org.guichet.procedure.ProcedureForms;
import org.guichet.procedure.ProcedureManagement;
import org.guichet.procedure.SilenceRule;
import org.guichet.support.IntegrationTest;
import org.guichet.support.Mailbox;
import org.guichet.support.SignIn;
import org.guichet.support.TestProcedures;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.ServiceUnitManagement;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Filing without an account where the démarche allows it: a tracking code, shown and emailed, reopens
 * the dossier in another browser; nobody else gets in, and démarches requiring an account stay closed.
 */
class AnonymousFilingIntegrationTest extends IntegrationTest {

    private static final Pattern CODE = Pattern.compile("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    ProcedureForms forms;

    @Autowired
    ServiceUnitManagement services;

    @Autowired
    DossierManagement dossiers;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    TestTenant tenant;

    @BeforeEach
    void aTenantWithADemarcheOpenWithoutAccount() {
        tenant = tenants.create();
        TenantContext.runAs(tenant.id(), () -> {
            UUID service = services.create(new ServiceUnitManagement.ServiceDetails("Voirie", "voirie@example.org",
                    "0102030405", "1 place de la Mairie"), "test");
            UUID id = procedures.createDraft(new ProcedureDetails(service, "signalement", "Signaler un problème de voirie",
                    "Un nid-de-poule", "Description", Category.VOIRIE, false, "Tout le monde", "", "", "",
                    SilenceRule.NONE, null, TestProcedures.completeData()));
            forms.saveDraft(id, TestProcedures.form(TestProcedures.SIMPLE_FORM));
            procedures.publish(id, "test");
        });
        demarches.published(tenant, "creche", "Inscription en crèche");
    }

    @Test
    void aVisitorFilesWithoutAccountAndReopensTheDossierWithItsCodeElsewhere() throws Exception {
        mvc.perform(get("/demarches/signalement/commencer").with(SignIn.on(tenant.host())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Continuer sans compte")));

        MvcResult started = mvc.perform(post("/demarches/signalement/commencer").with(SignIn.on(tenant.host())).with(csrf())
                        .param("email", "visiteur@example.org"))
                .andExpect(status().is3xxRedirection()).andReturn();
        Cookie browser = started.getResponse().getCookie("SESSION");
        String draft = started.getResponse().getRedirectedUrl().split("/")[2];

        String page = mvc.perform(get("/mes-demarches/" + draft + "/pages/vous").with(SignIn.as(tenant.host(), browser)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String code = firstCode(page);
        assertThat(Mailbox.textOf(Mailbox.await("visiteur@example.org", "Votre code de suivi"))).contains(code);

        mvc.perform(post("/mes-demarches/" + draft + "/pages/vous").with(SignIn.as(tenant.host(), browser)).with(csrf())
                        .param("version", "0").param("nom", "Martin"))
                .andExpect(redirectedUrl("/mes-demarches/" + draft + "/verification"));
        mvc.perform(post("/mes-demarches/" + draft + "/envoi").with(SignIn.as(tenant.host(), browser)).with(csrf()))
                .andExpect(redirectedUrl("/mes-demarches/" + draft + "/confirmation"));
        Dossier filed = TenantContext.callAs(tenant.id(), () -> dossiers.find(UUID.fromString(draft))).orElseThrow();
        assertThat(filed.state()).isEqualTo(DossierState.EN_CONSTRUCTION);
        assertThat(filed.ownerAccountId()).isNull();
        mvc.perform(get("/mes-demarches/" + draft + "/confirmation").with(SignIn.as(tenant.host(), browser)))
                .andExpect(content().string(containsString(code)));
        assertThat(Mailbox.textOf(Mailbox.await("visiteur@example.org", "Dossier n° " + filed.reference())))
                .contains("/suivi");

        // Another browser is sent to sign in, then gets in with the code — written loosely.
        mvc.perform(get("/mes-demarches/" + draft).with(SignIn.on(tenant.host())))
                .andExpect(status().is3xxRedirection())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).contains("/connexion"));
        MvcResult reopened = mvc.perform(post("/suivi").with(SignIn.on(tenant.host())).with(csrf())
                        .param("code", " " + code.toLowerCase().replace("-", " ") + " "))
                .andExpect(redirectedUrl("/mes-demarches/" + draft)).andReturn();
        Cookie elsewhere = reopened.getResponse().getCookie("SESSION");
        mvc.perform(get("/mes-demarches/" + draft).with(SignIn.as(tenant.host(), elsewhere)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(filed.reference())))
                .andExpect(content().string(containsString("Martin")));
        mvc.perform(get("/mes-demarches/" + draft + "/accuse-de-reception").with(SignIn.as(tenant.host(), elsewhere)))
                .andExpect(status().isOk());

        // The thread with the service is theirs too.
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/mes-demarches/" + draft + "/messagerie")
                        .param("body", "Le trou s’est agrandi.").param("key", UUID.randomUUID().toString())
                        .with(SignIn.as(tenant.host(), elsewhere)).with(csrf()))
                .andExpect(redirectedUrl("/mes-demarches/" + draft + "/messagerie"));
        mvc.perform(get("/mes-demarches/" + draft + "/messagerie").with(SignIn.as(tenant.host(), elsewhere)))
                .andExpect(content().string(containsString("Le trou s’est agrandi.")));
        mvc.perform(get("/mes-demarches/" + draft + "/messagerie").with(SignIn.on(tenant.host())))
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).contains("/connexion"));
    }

    @Test
    void aWrongCodeOpensNothingAndSaysHowToFindTheRightOne() throws Exception {
        MvcResult result = mvc.perform(post("/suivi").with(SignIn.on(tenant.host())).with(csrf()).param("code", "AAAA-BBBB-CCCC"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ne correspond à aucun dossier")))
                .andReturn();
        mvc.perform(post("/suivi").with(SignIn.on(tenant.host())).with(csrf()).param("code", "x".repeat(10_000)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("ne correspond à aucun dossier")))
                .andExpect(content().string(not(containsString("xxxxxxxxxx"))));
        assertThat(result.getResponse().getRedirectedUrl()).isNull();
    }

    @Test
    void aSessionHoldsOnlyItsOwnDossierAndAnotherTenantsCodeOpensNothing() throws Exception {
        MvcResult first = mvc.perform(post("/demarches/signalement/commencer").with(SignIn.on(tenant.host())).with(csrf()))
                .andReturn();
        MvcResult second = mvc.perform(post("/demarches/signalement/commencer").with(SignIn.on(tenant.host())).with(csrf()))
                .andReturn();
        String firstDraft = first.getResponse().getRedirectedUrl().split("/")[2];
        String code = firstCode(mvc.perform(get(first.getResponse().getRedirectedUrl())
                .with(SignIn.as(tenant.host(), first.getResponse().getCookie("SESSION")))).andReturn().getResponse().getContentAsString());

        // Another visitor's session is asked to sign in, and a signed-in stranger gets nothing.
        mvc.perform(get("/mes-demarches/" + firstDraft + "/pages/vous")
                        .with(SignIn.as(tenant.host(), second.getResponse().getCookie("SESSION"))))
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).contains("/connexion"));
        mvc.perform(post("/mes-demarches/" + firstDraft + "/pages/vous")
                        .with(SignIn.as(tenant.host(), second.getResponse().getCookie("SESSION"))).with(csrf())
                        .param("version", "0").param("nom", "Intrus"))
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).contains("/connexion"));
        tenants.account(tenant, "inconnu@example.org");
        Cookie stranger = SignIn.session(mvc, tenant.host(), "inconnu@example.org", org.guichet.support.TestTenants.PASSWORD);
        mvc.perform(post("/mes-demarches/" + firstDraft + "/pages/vous").with(SignIn.as(tenant.host(), stranger)).with(csrf())
                        .param("version", "0").param("nom", "Intrus"))
                .andExpect(status().isNotFound());
        assertThat(TenantContext.callAs(tenant.id(), () -> dossiers.find(UUID.fromString(firstDraft))).orElseThrow().answersJson())
                .doesNotContain("Intrus");

        TestTenant other = tenants.create();
        mvc.perform(post("/suivi").with(SignIn.on(other.host())).with(csrf()).param("code", code))
                .andExpect(content().string(containsString("ne correspond à aucun dossier")));
    }

    @Test
    void aDemarcheRequiringAnAccountSendsVisitorsToSignInAndStartsNothing() throws Exception {
        mvc.perform(get("/demarches/creche/commencer").with(SignIn.on(tenant.host())))
                .andExpect(content().string(containsString("demande un compte")))
                .andExpect(content().string(not(containsString("Continuer sans compte"))));
        mvc.perform(post("/demarches/creche/commencer").with(SignIn.on(tenant.host())).with(csrf()))
                .andExpect(redirectedUrl("/connexion"));
        assertThat(TenantContext.callAs(tenant.id(), () -> jdbcCount())).isZero();
    }

    @Test
    void aMistypedEmailIsExplainedAndStartsNothing() throws Exception {
        mvc.perform(post("/demarches/signalement/commencer").with(SignIn.on(tenant.host())).with(csrf())
                        .param("email", "visiteur.example.org"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saisissez une adresse électronique valide")));
        assertThat(TenantContext.callAs(tenant.id(), () -> jdbcCount())).isZero();
    }

    private long jdbcCount() {
        return jdbc.sql("select count(*) from dossier").query(Long.class).single();
    }

    private static String firstCode(String html) {
        Matcher m = CODE.matcher(html);
        assertThat(m.find()).as("a tracking code on the page").isTrue();
        return m.group();
    }
}

package org.guichet.procedure.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.UUID;
import org.guichet.identity.AgentRole;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.procedure.ProcedureForms;
import org.guichet.procedure.ProcedureState;
import org.guichet.support.AuditTrail;
import org.guichet.support.IntegrationTest;
import org.guichet.support.SignIn;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.ServiceUnitManagement;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Administrators create, describe, publish, close and copy their tenant's démarches in the studio. */
class StudioDetailsIntegrationTest extends IntegrationTest {

    static final String STUDIO = "/agent/administration/demarches";

    @Autowired
    ProcedureCatalogue catalogue;

    @Autowired
    ProcedureForms forms;

    @Autowired
    ServiceUnitManagement services;

    @Autowired
    JdbcClient jdbc;

    TestTenant tenant;
    Cookie admin;
    UUID service;

    @BeforeEach
    void administratorSignsIn() {
        tenant = tenants.create();
        tenants.account(tenant, "admin@example.org", AgentRole.ADMINISTRATEUR);
        admin = SignIn.session(mvc, tenant.host(), "admin@example.org", TestTenants.PASSWORD);
        service = TenantContext.callAs(tenant.id(), () -> services.create(
                new ServiceUnitManagement.ServiceDetails("Petite enfance", "", "", ""), "test"));
    }

    @Test
    void createsADraftWithASlugFromItsTitleAndAuditsIt() throws Exception {
        String location = mvc.perform(details(post(STUDIO), "Inscription en crèche", ""))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();

        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        Procedure created = in(() -> catalogue.findById(id).orElseThrow());
        assertThat(created.slug()).isEqualTo("inscription-en-creche");
        assertThat(created.state()).isEqualTo(ProcedureState.BROUILLON);
        assertThat(created.silenceMonths()).isEqualTo(2);
        assertThat(created.personalData().retentionMonths()).isEqualTo(12);
        AuditTrail.awaitAction(jdbc, tenant.id(), "procedure.created", id.toString());
        mvc.perform(get(STUDIO).with(SignIn.as(tenant.host(), admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Inscription en crèche")))
                .andExpect(content().string(containsString("Brouillon")));
    }

    @Test
    void refusesATakenSlugAndSaysWhatToDo() throws Exception {
        demarches.draft(tenant, "inscription-creche", "Crèche", org.guichet.procedure.Category.FAMILLE,
                org.guichet.procedure.SilenceRule.NONE, TestProceduresData.empty());

        mvc.perform(details(post(STUDIO), "Autre crèche", "inscription-creche"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Une autre démarche utilise déjà cette adresse")))
                .andExpect(content().string(containsString("href=\"#slug\"")));
        assertThat(in(() -> catalogue.all())).hasSize(1);
    }

    @Test
    void explainsInvalidDetailsWithoutSaving() throws Exception {
        mvc.perform(post(STUDIO).with(SignIn.as(tenant.host(), admin)).with(csrf())
                        .param("title", "x").param("slug", "Pas Une Adresse").param("serviceId", UUID.randomUUID().toString())
                        .param("category", "NOPE").param("silenceRule", "SVR").param("silenceMonths", "99")
                        .param("retentionMonths", "61").param("summary", "y".repeat(50_000)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le titre doit compter entre 3 et 200 caractères")))
                .andExpect(content().string(containsString("L’adresse ne peut contenir que des lettres minuscules")))
                .andExpect(content().string(containsString("Choisissez le service responsable")))
                .andExpect(content().string(containsString("Saisissez un nombre de mois entre 1 et 24")))
                .andExpect(content().string(containsString("Saisissez une durée de conservation entre 1 et 60 mois")))
                .andExpect(content().string(containsString("Ce texte doit compter 300 caractères au plus")));
        assertThat(in(() -> catalogue.all())).isEmpty();
    }

    @Test
    void publishingListsTheMissingDeclarationsWithLinksThenPublishesVersionsThatStayReadable() throws Exception {
        UUID id = demarches.draft(tenant, "creche", "Crèche", org.guichet.procedure.Category.FAMILLE,
                org.guichet.procedure.SilenceRule.SVR, TestProceduresData.empty());

        mvc.perform(post(STUDIO + "/" + id + "/publier").with(SignIn.as(tenant.host(), admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La démarche ne peut pas encore être publiée")))
                .andExpect(content().string(containsString("Indiquez la base légale du traitement des données.")))
                .andExpect(content().string(containsString(STUDIO + "/" + id + "/details#legalBasis")))
                .andExpect(content().string(containsString(STUDIO + "/" + id + "/details#recipients")));
        assertThat(in(() -> catalogue.findById(id).orElseThrow().state())).isEqualTo(ProcedureState.BROUILLON);

        mvc.perform(details(post(STUDIO + "/" + id + "/details"), "Crèche", "creche")).andExpect(status().isFound());
        publish(id);
        assertThat(in(() -> forms.currentVersion(id))).contains(1);
        in(() -> forms.saveDraft(id, org.guichet.support.TestProcedures.form(
                org.guichet.support.TestProcedures.SIMPLE_FORM.replace("\"Vous\"", "\"Vous et votre famille\""))));
        publish(id);

        assertThat(in(() -> forms.currentVersion(id))).contains(2);
        assertThat(in(() -> forms.version(id, 1).orElseThrow().pages().getFirst().title())).isEqualTo("Vous");
        assertThat(in(() -> forms.version(id, 2).orElseThrow().pages().getFirst().title())).isEqualTo("Vous et votre famille");
        AuditTrail.awaitAction(jdbc, tenant.id(), "procedure.published", id.toString());
        mvc.perform(get("/demarches/creche").with(SignIn.on(tenant.host()))).andExpect(status().isOk());
    }

    @Test
    void theSlugOfAPublishedDemarcheCannotChange() throws Exception {
        UUID id = demarches.published(tenant, "acte", "Acte de naissance");

        mvc.perform(details(post(STUDIO + "/" + id + "/details"), "Acte de naissance", "acte-nouveau"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("La démarche est publiée : gardez son adresse actuelle")));
        assertThat(in(() -> catalogue.findById(id).orElseThrow().slug())).isEqualTo("acte");
    }

    @Test
    void closesWithAReplacementAndCopiesIntoANewDraft() throws Exception {
        UUID old = demarches.published(tenant, "salle", "Réservation de salle");
        UUID replacement = demarches.published(tenant, "salle-2027", "Réservation de salle 2027");

        mvc.perform(post(STUDIO + "/" + old + "/cloture").with(SignIn.as(tenant.host(), admin)).with(csrf())
                        .param("replacement", UUID.randomUUID().toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez une démarche publiée dans la liste")));
        mvc.perform(post(STUDIO + "/" + old + "/cloture").with(SignIn.as(tenant.host(), admin)).with(csrf())
                        .param("replacement", replacement.toString()))
                .andExpect(status().isFound());
        Procedure closed = in(() -> catalogue.findById(old).orElseThrow());
        assertThat(closed.state()).isEqualTo(ProcedureState.CLOSE);
        assertThat(closed.replacedBy()).isEqualTo(replacement);
        AuditTrail.awaitAction(jdbc, tenant.id(), "procedure.closed", old.toString());

        mvc.perform(post(STUDIO + "/" + old + "/copie").with(SignIn.as(tenant.host(), admin)).with(csrf())
                        .param("slug", "salle-2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Une autre démarche utilise déjà cette adresse")));
        String location = mvc.perform(post(STUDIO + "/" + old + "/copie").with(SignIn.as(tenant.host(), admin))
                        .with(csrf()).param("slug", "salle-copie"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        UUID copy = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        Procedure copied = in(() -> catalogue.findById(copy).orElseThrow());
        assertThat(copied.state()).isEqualTo(ProcedureState.BROUILLON);
        assertThat(copied.title()).isEqualTo("Réservation de salle");
        assertThat(in(() -> forms.draft(copy))).isEqualTo(in(() -> forms.draft(old)));
        AuditTrail.awaitAction(jdbc, tenant.id(), "procedure.cloned", copy.toString());
    }

    @Test
    void anotherTenantsDemarcheOrAMadeUpIdIsNotFoundAndUnchanged() throws Exception {
        TestTenant other = tenants.create();
        UUID foreign = demarches.published(other, "voirie", "Signalement voirie");

        for (UUID id : List.of(foreign, UUID.randomUUID())) {
            for (String path : List.of("", "/details", "/formulaire", "/apercu", "/formulaire.json", "/cloture", "/copie")) {
                mvc.perform(get(STUDIO + "/" + id + path).with(SignIn.as(tenant.host(), admin)))
                        .andExpect(status().isNotFound());
            }
            mvc.perform(details(post(STUDIO + "/" + id + "/details"), "Piraté", "pirate")).andExpect(status().isNotFound());
            for (String path : List.of("/publier", "/cloture", "/copie", "/formulaire/pages")) {
                mvc.perform(post(STUDIO + "/" + id + path).with(SignIn.as(tenant.host(), admin)).with(csrf())
                        .param("slug", "x-copie").param("title", "Page")).andExpect(status().isNotFound());
            }
        }
        Procedure untouched = TenantContext.callAs(other.id(), () -> catalogue.findById(foreign).orElseThrow());
        assertThat(untouched.title()).isEqualTo("Signalement voirie");
        assertThat(untouched.state()).isEqualTo(ProcedureState.PUBLIEE);
        assertThat(TenantContext.callAs(other.id(), () -> catalogue.all())).hasSize(1);
    }

    @Test
    void instructorsAndCitizensAreRefused() throws Exception {
        UUID id = demarches.draft(tenant, "creche", "Crèche", org.guichet.procedure.Category.FAMILLE,
                org.guichet.procedure.SilenceRule.NONE, TestProceduresData.empty());
        tenants.account(tenant, "instructeur@example.org", AgentRole.INSTRUCTEUR);
        tenants.account(tenant, "usager@example.org");
        for (String email : List.of("instructeur@example.org", "usager@example.org")) {
            Cookie session = SignIn.session(mvc, tenant.host(), email, TestTenants.PASSWORD);
            mvc.perform(get(STUDIO).with(SignIn.as(tenant.host(), session))).andExpect(status().isForbidden());
            mvc.perform(post(STUDIO + "/" + id + "/publier").with(SignIn.as(tenant.host(), session)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        assertThat(in(() -> catalogue.findById(id).orElseThrow().state())).isEqualTo(ProcedureState.BROUILLON);
    }

    private MockHttpServletRequestBuilder details(MockHttpServletRequestBuilder request, String title, String slug) {
        return request.with(SignIn.as(tenant.host(), admin)).with(csrf())
                .param("title", title).param("slug", slug).param("summary", "Résumé").param("description", "")
                .param("serviceId", service.toString()).param("category", "FAMILLE").param("loginRequired", "true")
                .param("silenceRule", "SVR").param("silenceMonths", "2")
                .param("legalBasis", "Code de l’action sociale").param("purpose", "Attribuer les places")
                .param("dataCategories", "Identité").param("recipients", "Service petite enfance")
                .param("retentionMonths", "12");
    }

    private void publish(UUID id) throws Exception {
        mvc.perform(post(STUDIO + "/" + id + "/publier").with(SignIn.as(tenant.host(), admin)).with(csrf()))
                .andExpect(status().isFound());
    }

    private <T> T in(java.util.function.Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), work);
    }

    /** Personal data declarations left empty, as a draft may have them. */
    static final class TestProceduresData {
        static Procedure.PersonalData empty() {
            return new Procedure.PersonalData("", "", "", "", 12);
        }
    }
}

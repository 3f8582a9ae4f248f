package org.guichet.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.guichet.dossier.DossierManagement;
import org.guichet.support.AuditTrail;
import org.guichet.support.IntegrationTest;
import org.guichet.support.SignIn;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Private annotations: defined by administrators, filled by agents, checked, and never shown to the usager. */
class AnnotationsIntegrationTest extends IntegrationTest {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    AnnotationManagement annotations;

    @Autowired
    JdbcClient jdbc;

    InstructionFixture f;
    String admin;

    @BeforeEach
    void aDossier() {
        f = new InstructionFixture(tenants, demarches, dossiers, mvc, jdbc);
        admin = "/agent/administration/demarches/" + f.procedure + "/annotations";
    }

    @Test
    void anAdministratorDefinesOrdersAndRemovesFields() throws Exception {
        addField("Avis du service", "SHORT_TEXT", "");
        addField("Priorité", "SINGLE_CHOICE", "Haute\nNormale\n\n  Basse  ");
        addField("Date de la visite", "DATE", "ignored");

        List<AnnotationField> fields = fields();
        assertThat(fields).extracting(AnnotationField::label).containsExactly("Avis du service", "Priorité", "Date de la visite");
        assertThat(fields.get(1).options()).containsExactly("Haute", "Normale", "Basse");
        assertThat(fields.get(2).options()).isEmpty();

        mvc.perform(post(admin + "/" + fields.get(2).id() + "/deplacer").param("sens", "haut").with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fields()).extracting(AnnotationField::label).containsExactly("Avis du service", "Date de la visite", "Priorité");
        mvc.perform(post(admin + "/" + fields.get(0).id() + "/supprimer").with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fields()).extracting(AnnotationField::label).containsExactly("Date de la visite", "Priorité");
        mvc.perform(get(admin).with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Haute, Normale, Basse")));
        AuditTrail.awaitAction(jdbc, f.tenant.id(), "instruction.annotation.field-removed", f.procedure.toString());
    }

    @Test
    void aBadDefinitionIsRefusedWithWhatToDo() throws Exception {
        mvc.perform(post(admin).param("label", "").param("type", "SINGLE_CHOICE").param("options", "Seule")
                        .with(as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Écrivez le libellé du champ")))
                .andExpect(content().string(containsString("Écrivez au moins deux réponses différentes")));
        mvc.perform(post(admin).param("label", "Type inventé").param("type", "SCRIPT").with(as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez le type de réponse")));
        assertThat(fields()).isEmpty();
    }

    @Test
    void onlyAdministratorsOfTheDemarcheDefineFields() throws Exception {
        mvc.perform(get(admin).with(as("instructeur"))).andExpect(status().isForbidden());
        mvc.perform(post(admin).param("label", "X").param("type", "SHORT_TEXT").with(as("instructeur")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(admin).param("label", "X").param("type", "SHORT_TEXT").with(csrf())
                        .with(SignIn.as(f.otherTenant.host(), f.otherTenantAgent())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/agent/administration/demarches/" + UUID.randomUUID() + "/annotations").with(as("admin")))
                .andExpect(status().isNotFound());
        mvc.perform(post(admin + "/" + UUID.randomUUID() + "/supprimer").with(as("admin")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(fields()).isEmpty();
    }

    @Test
    void agentsFillTheFieldsWhichAreCheckedAndSayWhoChangedThem() throws Exception {
        addField("Avis du service", "SHORT_TEXT", "");
        addField("Priorité", "SINGLE_CHOICE", "Haute\nNormale");
        addField("Date de la visite", "DATE", "");
        addField("Conforme", "YES_NO", "");
        addField("Surface", "NUMBER", "");
        List<AnnotationField> fields = fields();
        String tab = "/agent/dossiers/" + f.dossier.id() + "/annotations";

        mvc.perform(post(tab).with(as("instructeur")).with(csrf())
                        .param(name(fields, 0), "Favorable").param(name(fields, 1), "Urgente")
                        .param(name(fields, 2) + "-day", "31").param(name(fields, 2) + "-month", "2").param(name(fields, 2) + "-year", "2026")
                        .param(name(fields, 3), "peut-être").param(name(fields, 4), "douze"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pour Priorité, choisissez l’une des réponses proposées")))
                .andExpect(content().string(containsString("Date de la visite doit être une date réelle")))
                .andExpect(content().string(containsString("Pour Conforme, choisissez Oui, Non ou Non renseigné")))
                .andExpect(content().string(containsString("Surface doit être un nombre")))
                .andExpect(content().string(containsString("value=\"Favorable\"")));
        assertThat(values()).isEmpty();

        mvc.perform(post(tab).with(as("instructeur")).with(csrf())
                        .param(name(fields, 0), "Favorable").param(name(fields, 1), "Haute")
                        .param(name(fields, 2) + "-day", "3").param(name(fields, 2) + "-month", "4").param(name(fields, 2) + "-year", "2026")
                        .param(name(fields, 3), "true").param(name(fields, 4), "1 250,50"))
                .andExpect(status().is3xxRedirection());
        assertThat(values()).containsExactlyInAnyOrder("Favorable", "Haute", "2026-04-03", "true", "1250.5");
        assertThat(TenantContext.callAs(f.tenant.id(), () -> annotations.values(f.dossier.id()))
                .get(fields.get(0).id()).updatedBy()).isEqualTo(f.instructeur.value());
        mvc.perform(get(tab).with(as("collegue")))
                .andExpect(content().string(containsString("Modifié par Prénom Nom")))
                .andExpect(content().string(containsString("value=\"1250.5\"")));
        AuditTrail.awaitAction(jdbc, f.tenant.id(), "instruction.annotation.values-saved", f.dossier.id().toString());

        mvc.perform(post(tab).with(as("superviseur")).with(csrf()).param(name(fields, 0), "Changé"))
                .andExpect(status().isNotFound());
        mvc.perform(post(tab).with(SignIn.as(f.otherTenant.host(), f.otherTenantAgent())).with(csrf()).param(name(fields, 0), "Changé"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/agent/dossiers/" + f.draft + "/annotations").with(as("instructeur"))).andExpect(status().isNotFound());
        assertThat(values()).contains("Favorable");
    }

    @Test
    void theUsagerNeverSeesAnnotations() throws Exception {
        addField("Remarque interne", "LONG_TEXT", "");
        String secret = "SECRET-" + UUID.randomUUID();
        mvc.perform(post("/agent/dossiers/" + f.dossier.id() + "/annotations").with(as("instructeur")).with(csrf())
                .param(name(fields(), 0), secret)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/agent/dossiers/" + f.dossier.id() + "/messagerie").with(as("instructeur")).with(csrf())
                .param("body", "Bonjour").param("key", UUID.randomUUID().toString()));

        for (String path : List.of("", "/messagerie", "/etat")) {
            mvc.perform(get("/mes-demarches/" + f.dossier.id() + path).with(as("citoyen")))
                    .andExpect(status().isOk())
                    .andExpect(content().string(not(containsString(secret))))
                    .andExpect(content().string(not(containsString("Remarque interne"))));
        }
        mvc.perform(get("/agent/dossiers/" + f.dossier.id() + "/annotations").with(as("citoyen"))).andExpect(status().isForbidden());
    }

    private void addField(String label, String type, String options) throws Exception {
        mvc.perform(post(admin).param("label", label).param("type", type).param("options", options).with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    private List<AnnotationField> fields() {
        return TenantContext.callAs(f.tenant.id(), () -> annotations.fields(f.procedure));
    }

    private List<String> values() {
        return TenantContext.callAs(f.tenant.id(), () -> annotations.values(f.dossier.id()).values().stream()
                .map(AnnotationValue::value).toList());
    }

    private static String name(List<AnnotationField> fields, int index) {
        return "f-" + fields.get(index).id();
    }

    private RequestPostProcessor as(String who) {
        return SignIn.as(f.tenant.host(), f.session(who));
    }
}

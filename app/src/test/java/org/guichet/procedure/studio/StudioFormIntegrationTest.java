package org.guichet.procedure.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.guichet.forms.Condition;
import org.guichet.forms.Field;
import org.guichet.forms.FieldType;
import org.guichet.forms.FormDefinition;
import org.guichet.forms.FormJson;
import org.guichet.identity.AgentRole;
import org.guichet.procedure.Category;
import org.guichet.procedure.ProcedureForms;
import org.guichet.procedure.SilenceRule;
import org.guichet.support.AuditTrail;
import org.guichet.support.IntegrationTest;
import org.guichet.support.SignIn;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/** Administrators build a démarche's form in the studio with plain form posts, and export or import it. */
class StudioFormIntegrationTest extends IntegrationTest {

    @Autowired
    ProcedureForms forms;

    @Autowired
    JdbcClient jdbc;

    TestTenant tenant;
    Cookie admin;
    UUID id;
    String base;

    @BeforeEach
    void administratorOpensAnEmptyDraft() {
        tenant = tenants.create();
        tenants.account(tenant, "admin@example.org", AgentRole.ADMINISTRATEUR);
        admin = SignIn.session(mvc, tenant.host(), "admin@example.org", TestTenants.PASSWORD);
        id = demarches.draft(tenant, "creche", "Crèche", Category.FAMILLE, SilenceRule.NONE,
                org.guichet.support.TestProcedures.completeData());
        TenantContext.runAs(tenant.id(), () -> jdbc.sql("update procedure set draft_form = null where id = ?").param(id).update());
        base = StudioDetailsIntegrationTest.STUDIO + "/" + id + "/formulaire";
    }

    @Test
    void addsRenamesMovesAndDeletesPagesAndFields() throws Exception {
        send("/pages", "title", "Vous");
        send("/pages", "title", "Votre enfant");
        send("/pages/vous/champs", "type", "short_text", "label", "Nom de famille");
        send("/pages/vous/champs", "type", "email", "label", "Courriel");
        send("/pages/votre_enfant", "title", "Votre enfant à inscrire");
        send("/pages/votre_enfant/deplacer", "direction", "up");
        send("/champs/courriel/deplacer", "direction", "up");
        send("/pages/vous/champs", "type", "phone", "label", "Téléphone");
        send("/champs/telephone/supprimer");

        FormDefinition form = draft();
        assertThat(form.pages()).extracting(p -> p.id() + ":" + p.title())
                .containsExactly("votre_enfant:Votre enfant à inscrire", "vous:Vous");
        assertThat(form.pages().get(1).fields()).extracting(Field::id).containsExactly("courriel", "nom_de_famille");
        AuditTrail.awaitAction(jdbc, tenant.id(), "procedure.form.updated", id.toString());

        send("/pages/votre_enfant/supprimer");
        assertThat(draft().pages()).extracting(p -> p.id()).containsExactly("vous");
        mvc.perform(get(base).with(SignIn.as(tenant.host(), admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nom de famille")));
    }

    @Test
    void editsTypeSettingsAndRefusesAnInvalidPatternOnItsInput() throws Exception {
        send("/pages", "title", "Vous");
        send("/pages/vous/champs", "type", "pattern", "label", "Numéro CAF");
        mvc.perform(post(base + "/champs/numero_caf").with(SignIn.as(tenant.host(), admin)).with(csrf())
                        .param("label", "Numéro CAF").param("pattern", "[0-9").param("errorMessage", "7 chiffres")
                        .param("maxLength", "20"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("L’expression régulière n’est pas valide")))
                .andExpect(content().string(containsString("href=\"#pattern\"")));
        assertThat(((FieldType.PatternText) draft().field("numero_caf").orElseThrow().type()).pattern()).isEmpty();

        mvc.perform(post(base + "/champs/numero_caf").with(SignIn.as(tenant.host(), admin)).with(csrf())
                        .param("label", "Numéro d’allocataire").param("pattern", "\\d{7}").param("errorMessage", "7 chiffres")
                        .param("maxLength", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saisissez un nombre entier, par exemple 100")));
        assertThat(draft().field("numero_caf").orElseThrow().label()).isEqualTo("Numéro CAF");

        send("/champs/numero_caf", "label", "Numéro d’allocataire", "hint", "Sur vos courriers", "required", "true",
                "pattern", "\\d{7}", "errorMessage", "Le numéro comporte 7 chiffres", "maxLength", "20");
        Field saved = draft().field("numero_caf").orElseThrow();
        assertThat(saved.required()).isTrue();
        assertThat(saved.hint()).isEqualTo("Sur vos courriers");
        assertThat(saved.type()).isEqualTo(new FieldType.PatternText("\\d{7}", "Le numéro comporte 7 chiffres", 20));

        send("/pages/vous/champs", "type", "single_choice", "label", "Mode d’accueil");
        send("/champs/mode_d_accueil", "label", "Mode d’accueil", "options", "temps_plein|Temps plein\nTemps partiel",
                "display", "RADIOS");
        assertThat(((FieldType.SingleChoice) draft().field("mode_d_accueil").orElseThrow().type()).options())
                .extracting(o -> o.value() + "=" + o.label()).containsExactly("temps_plein=Temps plein", "temps_partiel=Temps partiel");
    }

    @Test
    void buildsARepeatableBlockAndAConditionAndShowsAConditionOnALaterFieldAsAProblem() throws Exception {
        send("/pages", "title", "Vous");
        send("/pages/vous/champs", "type", "yes_no", "label", "Allocataire");
        send("/pages/vous/champs", "type", "short_text", "label", "Numéro");
        send("/champs/numero/condition", "combine", "all", "rows[0].field", "allocataire", "rows[0].op", "eq",
                "rows[0].value", "oui", "rows[1].field", "");
        assertThat(draft().field("numero").orElseThrow().condition())
                .isEqualTo(Condition.equalTo("allocataire", true));

        send("/pages/vous/champs", "type", "repeatable_block", "label", "Enfants");
        send("/pages/vous/champs", "type", "short_text", "label", "Prénom", "block", "enfants");
        send("/pages/vous/champs", "type", "date", "label", "Naissance", "block", "enfants");
        send("/champs/enfants", "label", "Enfants", "minRows", "1", "maxRows", "3");
        FieldType.RepeatableBlock block = (FieldType.RepeatableBlock) draft().field("enfants").orElseThrow().type();
        assertThat(block.fields()).extracting(Field::id).containsExactly("prenom", "naissance");
        assertThat(block.minRows()).isEqualTo(1);
        assertThat(block.maxRows()).isEqualTo(3);
        assertThat(draft().problems()).isEmpty();

        send("/champs/allocataire/condition", "rows[0].field", "numero", "rows[0].op", "not_empty");
        mvc.perform(get(base).with(SignIn.as(tenant.host(), admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le formulaire ne peut pas encore être publié")))
                .andExpect(content().string(containsString("une condition ne peut utiliser que des champs placés avant")))
                .andExpect(content().string(containsString(base + "/champs/allocataire/condition")));
        mvc.perform(post(StudioDetailsIntegrationTest.STUDIO + "/" + id + "/publier").with(SignIn.as(tenant.host(), admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Corrigez les problèmes listés sur la page du formulaire.")));

        mvc.perform(post(base + "/champs/numero/condition").with(SignIn.as(tenant.host(), admin)).with(csrf())
                        .param("rows[0].field", "nowhere").param("rows[0].op", "eq"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choisissez un champ de la liste")))
                .andExpect(content().string(containsString("href=\"#rows0.field\"")))
                .andExpect(content().string(containsString("id=\"rows0.field\"")));
    }

    @Test
    void exportsTheWorkingFormAsAnAttachmentAndImportsOnlyValidFiles() throws Exception {
        send("/pages", "title", "Vous");
        send("/pages/vous/champs", "type", "short_text", "label", "Nom");
        mvc.perform(get(base + ".json").with(SignIn.as(tenant.host(), admin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("creche-formulaire.json")))
                .andExpect(content().json(FormJson.write(draft())));

        importFile("{ this is not json".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Le JSON est mal formé")));
        importFile("""
                {"schemaVersion": 1, "pages": [{"id": "p", "title": "P", "fields": [
                  {"id": "a", "type": "short_text", "label": "A", "condition": {"field": "b", "op": "empty"}},
                  {"id": "b", "type": "short_text", "label": "B"}]}]}""".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isOk()).andExpect(content().string(containsString("placé après")));
        importFile(new byte[2 * 1024 * 1024])
                .andExpect(status().isOk()).andExpect(content().string(containsString("Le fichier dépasse 1 Mo")));
        assertThat(draft().pages()).extracting(p -> p.id()).containsExactly("vous");

        importFile(org.guichet.support.TestProcedures.SIMPLE_FORM.getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isFound());
        assertThat(draft().allFields()).extracting(Field::id).containsExactly("nom", "message");
        AuditTrail.awaitAction(jdbc, tenant.id(), "procedure.form.imported", id.toString());
    }

    @Test
    void previewListsEachPagesQuestions() throws Exception {
        send("/pages", "title", "Vous");
        send("/pages/vous/champs", "type", "email", "label", "Votre adresse électronique");
        mvc.perform(get(StudioDetailsIntegrationTest.STUDIO + "/" + id + "/apercu").with(SignIn.as(tenant.host(), admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page 1 : Vous")))
                .andExpect(content().string(containsString("Votre adresse électronique")))
                .andExpect(content().string(containsString("Adresse électronique")))
                .andExpect(content().string(containsString("type=\"email\"")));
    }

    @Test
    void unknownPagesAndFieldsAreNotFoundAndNothingChanges() throws Exception {
        send("/pages", "title", "Vous");
        for (String path : List.of("/pages/nope/champs", "/pages/nope/deplacer", "/champs/nope", "/champs/nope/supprimer",
                "/champs/nope/condition", "/pages/nope/condition")) {
            mvc.perform(post(base + path).with(SignIn.as(tenant.host(), admin)).with(csrf())
                    .param("type", "email").param("label", "X")).andExpect(status().isNotFound());
        }
        assertThat(draft().allFields()).isEmpty();
    }

    private void send(String path, String... params) throws Exception {
        var request = post(base + path).with(SignIn.as(tenant.host(), admin)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private ResultActions importFile(byte[] bytes) throws Exception {
        return mvc.perform(multipart(base + "/import").file(new MockMultipartFile("file", "form.json", "application/json", bytes))
                .with(SignIn.as(tenant.host(), admin)).with(csrf()));
    }

    private FormDefinition draft() {
        return TenantContext.callAs(tenant.id(), () -> forms.draft(id).orElseThrow());
    }
}

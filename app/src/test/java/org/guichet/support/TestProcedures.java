package org.guichet.support;

import java.util.UUID;
import org.guichet.forms.FormDefinition;
import org.guichet.forms.FormJson;
import org.guichet.procedure.Category;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureDetails;
import org.guichet.procedure.ProcedureForms;
import org.guichet.procedure.ProcedureManagement;
import org.guichet.procedure.SilenceRule;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.ServiceUnitManagement;
import org.guichet.tenancy.TenantContext;
import org.springframework.boot.test.context.TestComponent;

/** Creates démarches with a small form in a test tenant, as an administrator would in the studio. */
@TestComponent
public class TestProcedures {

    /** One page, two fields: enough to file a dossier. */
    public static final String SIMPLE_FORM = """
            {"schemaVersion": 1, "pages": [{"id": "vous", "title": "Vous", "fields": [
              {"id": "nom", "type": "short_text", "label": "Nom", "required": true},
              {"id": "message", "type": "long_text", "label": "Votre demande", "maxLength": 2000}]}]}""";

    private final ProcedureManagement procedures;
    private final ProcedureForms forms;
    private final ServiceUnitManagement services;

    TestProcedures(ProcedureManagement procedures, ProcedureForms forms, ServiceUnitManagement services) {
        this.procedures = procedures;
        this.forms = forms;
        this.services = services;
    }

    /** A draft démarche (not yet published) with {@link #SIMPLE_FORM}. */
    public UUID draft(TestTenant tenant, String slug, String title, Category category, SilenceRule silence,
            Procedure.PersonalData data) {
        return TenantContext.callAs(tenant.id(), () -> {
            UUID service = services.list().stream().findFirst().map(s -> s.id())
                    .orElseGet(() -> services.create(new ServiceUnitManagement.ServiceDetails(
                            "Petite enfance", "creche@example.org", "0102030405", "1 rue de la Mairie"), "test"));
            UUID id = procedures.createDraft(new ProcedureDetails(service, slug, title, "Résumé de " + title,
                    "Description", category, true, "Les familles de la commune", "Justificatif de domicile", "",
                    "2 mois", silence, silence == SilenceRule.NONE ? null : 2, data));
            forms.saveDraft(id, form(SIMPLE_FORM));
            return id;
        });
    }

    /** A published démarche with {@link #SIMPLE_FORM} and complete personal data declarations. */
    public UUID published(TestTenant tenant, String slug, String title) {
        UUID id = draft(tenant, slug, title, Category.FAMILLE, SilenceRule.SVR, completeData());
        TenantContext.runAs(tenant.id(), () -> procedures.publish(id, "test"));
        return id;
    }

    public static Procedure.PersonalData completeData() {
        return new Procedure.PersonalData("Code de la santé publique", "Attribuer les places",
                "Identité, ressources", "Service petite enfance", 24);
    }

    public static FormDefinition form(String json) {
        var imported = FormJson.read(json);
        if (!imported.ok()) {
            throw new IllegalArgumentException("Test form does not read: " + imported.problems());
        }
        return imported.definition();
    }
}

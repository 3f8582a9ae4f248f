package org.guichet.instruction.internal.exports;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.guichet.procedure.Category;
import org.guichet.procedure.ProcedureForms;
import org.guichet.procedure.ProcedureManagement;
import org.guichet.procedure.SilenceRule;
import org.guichet.shared.AccountId;
import org.guichet.support.TestProcedures;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A published démarche with a form of several field types, and dossiers written straight into the table. */
final class ExportFixture {

    static final String FORM = """
            {"schemaVersion": 1, "pages": [{"id": "vous", "title": "Vous", "fields": [
              {"id": "nom", "type": "short_text", "label": "Nom de l’enfant", "required": true},
              {"id": "naissance", "type": "date", "label": "Date de naissance"},
              {"id": "enfants", "type": "integer", "label": "Nombre d’enfants"},
              {"id": "mode", "type": "single_choice", "label": "Mode d’accueil", "display": "radios", "options": [
                {"value": "creche", "label": "Crèche collective"}, {"value": "assmat", "label": "Assistante maternelle"}]}]}]}""";

    private ExportFixture() {}

    static UUID procedure(TestProcedures demarches, ProcedureManagement procedures, ProcedureForms forms, TestTenant tenant) {
        UUID id = demarches.draft(tenant, "creche-" + UUID.randomUUID().toString().substring(0, 6), "Inscription en crèche",
                Category.FAMILLE, SilenceRule.NONE, TestProcedures.completeData());
        TenantContext.runAs(tenant.id(), () -> {
            forms.saveDraft(id, TestProcedures.form(FORM));
            procedures.publish(id, "test");
        });
        return id;
    }

    /** A dossier in {@code state}, submitted at {@code submittedAt}, with the given answers' JSON values. */
    static void dossier(JdbcClient jdbc, TestTenant tenant, UUID procedure, AccountId owner, String reference,
            String state, Instant submittedAt, String answers) {
        TenantContext.runAs(tenant.id(), () -> jdbc.sql("""
                        insert into dossier (tenant_id, procedure_id, reference, state, owner_account_id, answers,
                                             submitted_at, updated_at, decided_at)
                        values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?)""")
                .params(tenant.id().value(), procedure, reference, state, owner == null ? null : owner.value(),
                        "{\"values\": " + answers + "}", submittedAt == null ? null : Timestamp.from(submittedAt),
                        Timestamp.from(submittedAt == null ? Instant.now() : submittedAt.plus(Duration.ofHours(1))),
                        state.equals("ACCEPTE") || state.equals("REFUSE") ? Timestamp.from(submittedAt.plus(Duration.ofDays(2))) : null)
                .update());
    }
}

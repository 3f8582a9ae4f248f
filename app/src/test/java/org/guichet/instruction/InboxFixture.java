package org.guichet.instruction;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.guichet.dossier.Actor;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierAnswers;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.DossierState;
import org.guichet.forms.Answers;
import org.guichet.identity.AccountManagement;
import org.guichet.identity.AgentRole;
import org.guichet.procedure.ProcedureForms;
import org.guichet.procedure.ProcedureManagement;
import org.guichet.shared.AccountId;
import org.guichet.support.TestProcedures;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;

/** Démarches with a routable form, applicants with names, and dossiers filed and moved, for the inbox tests. */

class InboxFixture {

    /** A name, a commune and a choice: enough to search and to route. */
    static final String ROUTED_FORM = """
            {"schemaVersion": 1, "pages": [{"id": "demande", "title": "Demande", "fields": [
              {"id": "nom", "type": "short_text", "label": "Nom", "required": true},
              {"id": "commune", "type": "commune", "label": "Commune"},
              {"id": "nature", "type": "single_choice", "label": "Nature", "options": [
                {"value": "ecole", "label": "École"}, {"value": "voirie", "label": "Voirie"}]},
              {"id": "message", "type": "long_text", "label": "Votre demande", "maxLength": 2000}]}]}""";

    private final TestProcedures demarches;
    private final ProcedureForms forms;
    private final ProcedureManagement procedures;
    private final DossierManagement dossiers;
    private final AccountManagement accounts;

    InboxFixture(TestProcedures demarches, ProcedureForms forms, ProcedureManagement procedures, DossierManagement dossiers,
            AccountManagement accounts) {
        this.demarches = demarches;
        this.forms = forms;
        this.procedures = procedures;
        this.dossiers = dossiers;
        this.accounts = accounts;
    }

    /** A published démarche with {@link #ROUTED_FORM}. */
    UUID procedure(TestTenant tenant, String slug) {
        UUID id = demarches.draft(tenant, slug, "Démarche " + slug, org.guichet.procedure.Category.AUTRE,
                org.guichet.procedure.SilenceRule.NONE, TestProcedures.completeData());
        TenantContext.runAs(tenant.id(), () -> {
            forms.saveDraft(id, TestProcedures.form(ROUTED_FORM));
            procedures.publish(id, "test");
        });
        return id;
    }

    AccountId person(TestTenant tenant, String email, String given, String family) {
        return TenantContext.callAs(tenant.id(), () -> accounts.ensureVerifiedAccount(email, given, family, TestTenants.PASSWORD));
    }

    AccountId agent(TestTenant tenant, String email, AgentRole role, UUID service) {
        return TenantContext.callAs(tenant.id(), () -> {
            AccountId id = accounts.ensureVerifiedAccount(email, "Agent", email.substring(0, email.indexOf('@')), TestTenants.PASSWORD);
            accounts.grantRole(id, role, Optional.ofNullable(service));
            return id;
        });
    }

    Dossier file(TestTenant tenant, UUID procedure, AccountId owner, Map<String, String> answers) {
        return TenantContext.callAs(tenant.id(), () -> {
            UUID id = dossiers.createDraft(procedure, owner);
            dossiers.saveAnswers(id, owner, DossierAnswers.toJson(Answers.ofSingle(answers)), 0);
            return dossiers.submit(id, owner);
        });
    }

    Dossier move(TestTenant tenant, Dossier dossier, AccountId agent, DossierState to) {
        return TenantContext.callAs(tenant.id(), () -> dossiers.transition(dossier.id(), to, Actor.agent(agent),
                dossier.version(), to == DossierState.REFUSE ? "Motif" : null));
    }

    UUID draft(TestTenant tenant, UUID procedure, AccountId owner) {
        return TenantContext.callAs(tenant.id(), () -> dossiers.createDraft(procedure, owner));
    }
}

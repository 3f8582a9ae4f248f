package org.guichet.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.guichet.forms.FormDefinition;
import org.guichet.support.IntegrationTest;
import org.guichet.support.TestProcedures;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Published forms are read once and kept, without ever showing one to another tenant or a stale one. */
class PublishedFormsIntegrationTest extends IntegrationTest {

    private static final String OTHER_FORM = """
            {"schemaVersion": 1, "pages": [{"id": "projet", "title": "Projet", "fields": [
              {"id": "adresse", "type": "short_text", "label": "Adresse du projet", "required": true}]}]}""";

    @Autowired
    ProcedureForms forms;

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void readingAVersionAgainGivesTheSameForm() {
        TestTenant t = tenants.create();
        UUID id = demarches.published(t, "creche", "Inscription en crèche");

        TenantContext.runAs(t.id(), () -> {
            FormDefinition first = forms.version(id, 1).orElseThrow();
            assertThat(forms.version(id, 1)).contains(first);
            assertThat(first).isEqualTo(TestProcedures.form(TestProcedures.SIMPLE_FORM));
            assertThat(forms.version(id, 2)).isEmpty();
        });
    }

    @Test
    void anotherTenantNeverGetsAVersionItsOwnerRead() {
        TestTenant owner = tenants.create();
        TestTenant other = tenants.create();
        UUID id = demarches.published(owner, "terrasse", "Terrasse");
        TenantContext.runAs(owner.id(), () -> assertThat(forms.version(id, 1)).isPresent());

        TenantContext.runAs(other.id(), () -> assertThat(forms.version(id, 1)).isEmpty());
    }

    @Test
    void eachPublicationIsReadAsItsOwnVersion() {
        TestTenant t = tenants.create();
        UUID id = demarches.published(t, "voirie", "Voirie");
        TenantContext.runAs(t.id(), () -> {
            FormDefinition first = forms.version(id, 1).orElseThrow();
            forms.saveDraft(id, TestProcedures.form(OTHER_FORM));
            procedures.publish(id, "test");

            assertThat(forms.version(id, 1)).contains(first);
            assertThat(forms.version(id, 2)).contains(TestProcedures.form(OTHER_FORM));
        });
    }

    @Test
    void aVersionReadInATransactionThatRollsBackIsNotKept() {
        TestTenant t = tenants.create();
        UUID id = demarches.draft(t, "salle", "Salle", Category.FAMILLE, SilenceRule.SVR, TestProcedures.completeData());
        TenantContext.runAs(t.id(), () -> {
            new TransactionTemplate(transactions).executeWithoutResult(status -> {
                procedures.publish(id, "test");
                assertThat(forms.version(id, 1)).isPresent();
                status.setRollbackOnly();
            });
            forms.saveDraft(id, TestProcedures.form(OTHER_FORM));
            procedures.publish(id, "test");

            assertThat(forms.version(id, 1)).contains(TestProcedures.form(OTHER_FORM));
        });
    }
}

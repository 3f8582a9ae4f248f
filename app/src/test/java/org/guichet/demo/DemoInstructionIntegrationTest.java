package org.guichet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.DossierState;
import org.guichet.identity.AccountManagement;
import org.guichet.instruction.AnnotationField;
import org.guichet.instruction.AnnotationManagement;
import org.guichet.instruction.MessagingManagement;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.support.IntegrationTest;
import org.guichet.tenancy.TenantContext;
import org.guichet.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo shows instruction at work: an annotation field on road reports and an exchange on the dossier examined. */
class DemoInstructionIntegrationTest extends IntegrationTest {

    @Autowired
    TenantManagement tenantManagement;

    @Autowired
    ProcedureCatalogue catalogue;

    @Autowired
    DossierManagement dossiers;

    @Autowired
    AccountManagement accounts;

    @Autowired
    AnnotationManagement annotations;

    @Autowired
    MessagingManagement messaging;

    @Test
    void theRoadReportsDemarcheHasAnAnnotationFieldAndTheExaminedDossierAThread() {
        var tenant = tenantManagement.findBySlug("saint-exemple").orElseThrow();
        TenantContext.runAs(tenant.id(), () -> {
            var procedure = catalogue.findVisible("signalement-voirie").orElseThrow();
            assertThat(annotations.fields(procedure.id())).extracting(AnnotationField::label)
                    .containsExactly("Équipe d’intervention");
            var citizen = accounts.ensureVerifiedAccount("camille.dupont@example.org", "", "", "unused password here");
            var examined = dossiers.listForOwner(citizen).stream()
                    .filter(d -> d.state() == DossierState.EN_INSTRUCTION).findFirst().orElseThrow();
            assertThat(messaging.thread(examined.id())).hasSize(2);
        });
    }
}

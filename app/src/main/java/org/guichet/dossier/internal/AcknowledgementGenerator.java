package org.guichet.dossier.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.guichet.document.AcknowledgementData;
import org.guichet.document.DocumentManagement;
import org.guichet.document.FileType;
import org.guichet.document.PdfRenderer;
import org.guichet.document.StoredDocument;
import org.guichet.document.UploadLimits;
import org.guichet.dossier.DossierSubmitted;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.procedure.SilenceRule;
import org.guichet.tenancy.ServiceUnitManagement;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantManagement;
import org.guichet.tenancy.TenantScope;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Generates the accusé de réception of each submitted dossier (DOMAIN.md rule 3) as a PDF/A and
 * keeps it with the dossier. Runs after the submission committed; a failure is retried from the
 * event registry, so the usager's submission never waits for, nor fails because of, the PDF.
 */
@Component
class AcknowledgementGenerator {

    private final TenantManagement tenants;
    private final TenantScope scope;
    private final ProcedureCatalogue procedures;
    private final ServiceUnitManagement services;
    private final PdfRenderer pdf;
    private final DocumentManagement documents;
    private final DossierRepository dossiers;

    AcknowledgementGenerator(TenantManagement tenants, TenantScope scope, ProcedureCatalogue procedures,
            ServiceUnitManagement services, PdfRenderer pdf, DocumentManagement documents, DossierRepository dossiers) {
        this.tenants = tenants;
        this.scope = scope;
        this.procedures = procedures;
        this.services = services;
        this.pdf = pdf;
        this.documents = documents;
        this.dossiers = dossiers;
    }

    @ApplicationModuleListener
    void on(DossierSubmitted submitted) {
        Tenant tenant = tenants.findById(submitted.tenantId()).orElseThrow();
        scope.run(tenant.id(), () -> {
            Procedure procedure = procedures.findById(submitted.procedureId()).orElseThrow();
            var service = services.find(procedure.serviceId()).orElseThrow();
            AcknowledgementData data = AcknowledgementData.of(tenant, service, submitted.reference(), procedure.title(),
                    submitted.receivedAt(), implicitDecision(procedure, tenant, submitted), null);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.renderAcknowledgement(data, out);
            StoredDocument stored = documents.store(tenant.id(), new ByteArrayInputStream(out.toByteArray()),
                    "accuse-de-reception-" + submitted.reference() + ".pdf",
                    UploadLimits.defaults().allowing(FileType.PDF), null);
            dossiers.setAcknowledgement(submitted.dossierId(), stored.id().value());
        });
    }

    /** The day silence becomes a decision: the receipt date plus the démarche's delay, in the tenant's zone. */
    static AcknowledgementData.ImplicitDecision implicitDecision(Procedure procedure, Tenant tenant, DossierSubmitted s) {
        if (procedure.silenceRule() == SilenceRule.NONE || procedure.silenceMonths() == null) {
            return null;
        }
        LocalDate deemedOn = s.receivedAt().atZone(tenant.timeZone()).toLocalDate().plusMonths(procedure.silenceMonths());
        return new AcknowledgementData.ImplicitDecision(procedure.silenceRule() == SilenceRule.SVA
                ? AcknowledgementData.ImplicitDecision.Outcome.ACCEPTANCE
                : AcknowledgementData.ImplicitDecision.Outcome.REJECTION, deemedOn);
    }
}

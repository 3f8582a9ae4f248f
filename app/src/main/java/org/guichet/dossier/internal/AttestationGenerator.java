package org.guichet.dossier.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.guichet.document.DocumentManagement;
import org.guichet.document.FileType;
import org.guichet.document.PdfRenderer;
import org.guichet.document.StoredDocument;
import org.guichet.document.UploadLimits;
import org.guichet.dossier.DossierState;
import org.guichet.dossier.ImplicitDecisionReached;
import org.guichet.dossier.ImplicitDecisions;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.tenancy.ServiceUnitManagement;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantManagement;
import org.guichet.tenancy.TenantScope;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Generates the attestation of an implicit acceptance (CRPA art. L. 232-3) as soon as silence
 * accepted a dossier, and keeps it with the dossier for the usager to download. Like the accusé de
 * réception, it runs after the decision committed and is retried from the event registry.
 */
@Component
class AttestationGenerator {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);

    private final TenantManagement tenants;
    private final TenantScope scope;
    private final ProcedureCatalogue procedures;
    private final ServiceUnitManagement services;
    private final PdfRenderer pdf;
    private final DocumentManagement documents;
    private final DeadlineRepository deadlines;

    AttestationGenerator(TenantManagement tenants, TenantScope scope, ProcedureCatalogue procedures,
            ServiceUnitManagement services, PdfRenderer pdf, DocumentManagement documents, DeadlineRepository deadlines) {
        this.tenants = tenants;
        this.scope = scope;
        this.procedures = procedures;
        this.services = services;
        this.pdf = pdf;
        this.documents = documents;
        this.deadlines = deadlines;
    }

    @ApplicationModuleListener
    void on(ImplicitDecisionReached reached) {
        if (reached.outcome() != DossierState.ACCEPTE) {
            return;
        }
        Tenant tenant = tenants.findById(reached.tenantId()).orElseThrow();
        scope.run(tenant.id(), () -> {
            Procedure procedure = procedures.findById(reached.procedureId()).orElseThrow();
            var service = services.find(procedure.serviceId()).orElseThrow();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.render("document/implicit-acceptance", Map.of(
                    "tenantName", tenant.name(),
                    "brandColour", tenant.primaryColour() == null ? "#1d4f91" : tenant.primaryColour(),
                    "service", service,
                    "reference", reached.reference(),
                    "procedureTitle", procedure.title(),
                    "receivedDate", DATE.format(reached.receivedAt().atZone(tenant.timeZone())),
                    "deemedDate", DATE.format(reached.deemedOn()),
                    "months", java.util.Objects.requireNonNullElse(ImplicitDecisions.monthsOf(procedure),
                            ImplicitDecisions.DEFAULT_MONTHS)), out);
            StoredDocument stored = documents.store(tenant.id(), new ByteArrayInputStream(out.toByteArray()),
                    "attestation-acceptation-implicite-" + reached.reference() + ".pdf",
                    UploadLimits.defaults().allowing(FileType.PDF), null);
            deadlines.setAttestation(reached.dossierId(), stored.id().value());
        });
    }
}

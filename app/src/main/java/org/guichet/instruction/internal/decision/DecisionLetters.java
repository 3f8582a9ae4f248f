package org.guichet.instruction.internal.decision;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.guichet.dossier.Dossier;
import org.guichet.document.PdfRenderer;
import org.guichet.identity.AccountManagement;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.shared.AccountId;
import org.guichet.tenancy.ServiceUnit;
import org.guichet.tenancy.ServiceUnitManagement;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantManagement;
import org.springframework.stereotype.Component;

/** Writes the decision letter of a dossier from its démarche's text and renders it to PDF/A. */
@Component
class DecisionLetters {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private final ProcedureCatalogue procedures;
    private final ServiceUnitManagement services;
    private final TenantManagement tenants;
    private final AccountManagement accounts;
    private final DecisionTemplates templates;
    private final PdfRenderer pdf;

    DecisionLetters(ProcedureCatalogue procedures, ServiceUnitManagement services, TenantManagement tenants,
            AccountManagement accounts, DecisionTemplates templates, PdfRenderer pdf) {
        this.procedures = procedures;
        this.services = services;
        this.tenants = tenants;
        this.accounts = accounts;
        this.templates = templates;
        this.pdf = pdf;
    }

    /** The PDF of {@code decision}, run with the tenant's scope set. */
    byte[] render(Tenant tenant, Dossier dossier, Decision decision) {
        DecisionLetter letter = letter(tenant, dossier, decision);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.render("document/decision", Map.of("letter", letter), out);
        return out.toByteArray();
    }

    DecisionLetter letter(Tenant tenant, Dossier dossier, Decision decision) {
        Procedure procedure = procedures.findById(dossier.procedureId()).orElseThrow();
        ServiceUnit service = services.find(procedure.serviceId()).orElseThrow();
        Tenant.Contact fallback = tenant.contact();
        String applicant = dossier.ownerAccountId() == null ? (dossier.contactName() == null ? "" : dossier.contactName())
                : accounts.contactOf(new AccountId(dossier.ownerAccountId())).map(AccountManagement.Contact::displayName).orElse("");
        String signatory = decision.decidedBy() == null ? tenant.name() : accounts.contactOf(new AccountId(decision.decidedBy()))
                .map(AccountManagement.Contact::displayName).orElse(tenant.name());
        String motivation = decision.motivation() == null ? "" : decision.motivation();
        Map<String, String> values = new HashMap<>();
        values.put("reference", dossier.reference());
        values.put("demandeur", applicant.isBlank() ? "le demandeur" : applicant);
        values.put("demarche", procedure.title());
        values.put("date_depot", date(dossier.submittedAt(), tenant.timeZone()));
        values.put("motivation", motivation);
        values.put("date_decision", date(decision.decidedAt(), tenant.timeZone()));
        values.put("service", service.name());
        values.put("collectivite", tenant.name());
        String template = templates.texts(procedure.id()).get(decision.outcome());
        boolean quotesMotivation = template.contains("{motivation}");
        return new DecisionLetter(tenant.name(), tenant.primaryColour(), logo(tenant), service.name(),
                orElse(service.postalAddress(), fallback.postalAddress()), orElse(service.email(), fallback.email()),
                orElse(service.phone(), fallback.phone()), dossier.reference(), procedure.title(), applicant,
                decision.outcome().name(), DecisionTemplates.fill(template, values),
                quotesMotivation || motivation.isBlank() ? null : motivation, signatory,
                date(decision.decidedAt(), tenant.timeZone()));
    }

    /** The logo travels inside the document: the PDF engine fetches nothing from outside. */
    private String logo(Tenant tenant) {
        if (!tenant.hasLogo()) {
            return null;
        }
        return tenants.logo(tenant.id())
                .map(l -> "data:" + l.contentType() + ";base64," + Base64.getEncoder().encodeToString(l.bytes()))
                .orElse(null);
    }

    static String date(Instant at, ZoneId zone) {
        return at == null ? "" : DATE.format(at.atZone(zone));
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? (fallback == null ? "" : fallback) : value;
    }
}

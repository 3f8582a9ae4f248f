package org.guichet.document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.regex.Pattern;
import org.guichet.tenancy.ServiceUnit;
import org.guichet.tenancy.Tenant;

/**
 * Everything an accusé de réception states (CRPA art. L. 112-3 and R. 112-5), filled by the
 * module that received the dossier.
 *
 * @param tenantName the collectivité, as its portal names it
 * @param brandColour the tenant's colour as {@code #rrggbb}, or null for the platform's
 * @param timeZone the tenant's time zone: dates and times are written as its usagers live them
 * @param service the service in charge of the dossier, with the contact details the law requires
 * @param dossierReference the reference the usager will quote
 * @param procedureTitle the démarche's title
 * @param receivedAt when the complete request was received
 * @param implicitDecision what the administration's silence will mean, or null when it means nothing
 * @param administrativeCourt the competent tribunal administratif ("Tribunal administratif de
 *     Lyon"), or null to name it generically; shown for an implicit rejection
 */
public record AcknowledgementData(
        String tenantName,
        String brandColour,
        ZoneId timeZone,
        ServiceContact service,
        String dossierReference,
        String procedureTitle,
        Instant receivedAt,
        ImplicitDecision implicitDecision,
        String administrativeCourt) {

    /** The platform's colour, used when a tenant has none. */
    public static final String DEFAULT_COLOUR = "#1d4f91";
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public AcknowledgementData {
        requireText(tenantName, "tenant name");
        brandColour = brandColour == null ? DEFAULT_COLOUR : brandColour;
        // The colour goes into the PDF's style sheet: only a plain hex value may reach it.
        if (!COLOUR.matcher(brandColour).matches()) {
            throw new IllegalArgumentException("brand colour must be #rrggbb");
        }
        Objects.requireNonNull(timeZone, "time zone");
        Objects.requireNonNull(service, "service");
        requireText(dossierReference, "dossier reference");
        requireText(procedureTitle, "procedure title");
        Objects.requireNonNull(receivedAt, "received at");
    }

    /**
     * Takes the tenant's branding and zone, and the service's contact details, completed with the
     * tenant's where the service has none (a small commune's services share the town hall's).
     */
    public static AcknowledgementData of(Tenant tenant, ServiceUnit service, String dossierReference, String procedureTitle,
            Instant receivedAt, ImplicitDecision implicitDecision, String administrativeCourt) {
        Tenant.Contact fallback = tenant.contact();
        ServiceContact contact = new ServiceContact(service.name(),
                orElse(service.postalAddress(), fallback.postalAddress()),
                orElse(service.email(), fallback.email()),
                orElse(service.phone(), fallback.phone()));
        return new AcknowledgementData(tenant.name(), tenant.primaryColour(), tenant.timeZone(), contact, dossierReference,
                procedureTitle, receivedAt, implicitDecision, administrativeCourt);
    }

    /**
     * The service in charge: its name, postal address, email and phone are mandatory mentions
     * (CRPA art. R. 112-5, 2°), so none may be missing.
     */
    public record ServiceContact(String name, String postalAddress, String email, String phone) {
        public ServiceContact {
            requireText(name, "service name");
            requireText(postalAddress, "service postal address");
            requireText(email, "service email");
            requireText(phone, "service phone");
        }
    }

    /**
     * The decision the administration's silence will produce.
     *
     * @param deemedOn the day the request will be deemed accepted or rejected, in the tenant's zone
     */
    public record ImplicitDecision(Outcome outcome, LocalDate deemedOn) {
        public ImplicitDecision {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(deemedOn, "deemed on");
        }

        /** SVA is an acceptance, SVR a rejection. */
        public enum Outcome { ACCEPTANCE, REJECTION }
    }

    private static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required on an accusé de réception");
        }
    }
}

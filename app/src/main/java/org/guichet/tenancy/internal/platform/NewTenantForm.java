package org.guichet.tenancy.internal.platform;

import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantManagement.NewTenant;
import org.guichet.tenancy.internal.FormChecks;
import org.springframework.validation.Errors;

/** What a platform administrator types to create a tenant and name its first administrator. */
public class NewTenantForm {

    private String slug = "";
    private String name = "";
    private String kind = "";
    private String timeZone = "Europe/Paris";
    private String hostname = "";
    private String postalAddress = "";
    private String contactEmail = "";
    private String contactPhone = "";
    private String administratorEmail = "";

    /** Checks every field, keeping cleaned values for the page shown again; null when a field is wrong. */
    NewTenant validate(Errors errors, String platformHost) {
        slug = PlatformChecks.slug(errors, "slug", slug);
        name = FormChecks.required(errors, "name", name, 2, 200, "platform.name");
        var tenantKind = PlatformChecks.kind(errors, "kind", kind);
        var zone = PlatformChecks.zone(errors, "timeZone", timeZone);
        hostname = PlatformChecks.hostname(errors, "hostname", hostname, platformHost);
        postalAddress = FormChecks.required(errors, "postalAddress", postalAddress, 5, 500, "platform.postalAddress");
        contactEmail = FormChecks.requiredEmail(errors, "contactEmail", contactEmail, "platform.contactEmail");
        contactPhone = FormChecks.optionalPhone(errors, "contactPhone", contactPhone, "platform.contactPhone");
        administratorEmail = FormChecks.requiredEmail(errors, "administratorEmail", administratorEmail,
                "platform.administratorEmail");
        if (errors.hasErrors()) {
            return null;
        }
        return new NewTenant(slug, name, tenantKind, zone, hostname,
                new Tenant.Contact(postalAddress, contactEmail, contactPhone));
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = FormChecks.bounded(slug);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = FormChecks.bounded(name);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = FormChecks.bounded(kind);
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = FormChecks.bounded(timeZone);
    }

    public String getHostname() {
        return hostname;
    }

    public void setHostname(String hostname) {
        this.hostname = FormChecks.bounded(hostname);
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public void setPostalAddress(String postalAddress) {
        this.postalAddress = FormChecks.bounded(postalAddress);
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = FormChecks.bounded(contactEmail);
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = FormChecks.bounded(contactPhone);
    }

    public String getAdministratorEmail() {
        return administratorEmail;
    }

    public void setAdministratorEmail(String administratorEmail) {
        this.administratorEmail = FormChecks.bounded(administratorEmail);
    }
}

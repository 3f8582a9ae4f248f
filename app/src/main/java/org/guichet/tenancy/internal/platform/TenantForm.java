package org.guichet.tenancy.internal.platform;

import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantManagement.TenantChanges;
import org.guichet.tenancy.internal.FormChecks;
import org.springframework.validation.Errors;

/** What a platform administrator may change in a tenant. */
public class TenantForm {

    private String name = "";
    private String kind = "";
    private String timeZone = "";
    private String primaryColour = "";
    private String postalAddress = "";
    private String contactEmail = "";
    private String contactPhone = "";

    static TenantForm of(Tenant tenant) {
        TenantForm form = new TenantForm();
        form.name = tenant.name();
        form.kind = tenant.kind().name();
        form.timeZone = tenant.timeZone().getId();
        form.primaryColour = tenant.primaryColour();
        form.postalAddress = tenant.contact().postalAddress();
        form.contactEmail = tenant.contact().email();
        form.contactPhone = tenant.contact().phone();
        return form;
    }

    /** Checks every field, keeping cleaned values for the page shown again; null when a field is wrong. */
    TenantChanges validate(Errors errors) {
        name = FormChecks.required(errors, "name", name, 2, 200, "platform.name");
        var tenantKind = PlatformChecks.kind(errors, "kind", kind);
        var zone = PlatformChecks.zone(errors, "timeZone", timeZone);
        primaryColour = PlatformChecks.colour(errors, "primaryColour", primaryColour);
        postalAddress = FormChecks.required(errors, "postalAddress", postalAddress, 5, 500, "platform.postalAddress");
        contactEmail = FormChecks.requiredEmail(errors, "contactEmail", contactEmail, "platform.contactEmail");
        contactPhone = FormChecks.optionalPhone(errors, "contactPhone", contactPhone, "platform.contactPhone");
        if (errors.hasErrors()) {
            return null;
        }
        return new TenantChanges(name, tenantKind, zone, primaryColour,
                new Tenant.Contact(postalAddress, contactEmail, contactPhone));
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

    public String getPrimaryColour() {
        return primaryColour;
    }

    public void setPrimaryColour(String primaryColour) {
        this.primaryColour = FormChecks.bounded(primaryColour);
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
}

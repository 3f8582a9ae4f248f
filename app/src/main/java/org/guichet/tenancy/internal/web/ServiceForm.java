package org.guichet.tenancy.internal.web;

import org.guichet.tenancy.ServiceUnit;
import org.guichet.tenancy.ServiceUnitManagement.ServiceDetails;
import org.guichet.tenancy.internal.FormChecks;
import org.springframework.validation.Errors;

/** What an administrator types for a service. */
public class ServiceForm {

    private String name = "";
    private String email = "";
    private String phone = "";
    private String postalAddress = "";

    static ServiceForm of(ServiceUnit service) {
        ServiceForm form = new ServiceForm();
        form.name = service.name();
        form.email = service.email();
        form.phone = service.phone();
        form.postalAddress = service.postalAddress();
        return form;
    }

    /** Checks every field, keeping cleaned values for the page shown again. */
    ServiceDetails validate(Errors errors) {
        name = FormChecks.required(errors, "name", name, 2, 200, "service.name");
        email = FormChecks.optionalEmail(errors, "email", email, "service.email");
        phone = FormChecks.optionalPhone(errors, "phone", phone, "service.phone");
        postalAddress = FormChecks.length(errors, "postalAddress", postalAddress, 0, 500, "service.postalAddress");
        return new ServiceDetails(name, email, phone, postalAddress);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = FormChecks.bounded(name);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = FormChecks.bounded(email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = FormChecks.bounded(phone);
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public void setPostalAddress(String postalAddress) {
        this.postalAddress = FormChecks.bounded(postalAddress);
    }
}

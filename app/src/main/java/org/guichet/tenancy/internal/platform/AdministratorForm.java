package org.guichet.tenancy.internal.platform;

import org.guichet.tenancy.internal.FormChecks;
import org.springframework.validation.Errors;

/** The address of one more administrator for an existing tenant. */
public class AdministratorForm {

    private String administratorEmail = "";

    String validate(Errors errors) {
        administratorEmail = FormChecks.requiredEmail(errors, "administratorEmail", administratorEmail,
                "platform.otherAdministratorEmail");
        return administratorEmail;
    }

    public String getAdministratorEmail() {
        return administratorEmail;
    }

    public void setAdministratorEmail(String administratorEmail) {
        this.administratorEmail = FormChecks.bounded(administratorEmail);
    }
}

package org.guichet.identity.internal.agents;

import org.guichet.identity.internal.PasswordPolicy;
import org.guichet.tenancy.Tenant;
import org.springframework.validation.Errors;

/** What an invitee without an account types: their name and a password. */
public class AcceptanceForm {

    private String givenName = "";
    private String familyName = "";
    private String password = "";

    /** Checks every field with the platform's password policy; the password is never shown again. */
    boolean validate(Errors errors, String email, PasswordPolicy policy, Tenant tenant) {
        givenName = name(errors, "givenName", givenName);
        familyName = name(errors, "familyName", familyName);
        policy.problem(password, PasswordPolicy.personalWords(email, givenName, familyName, tenant))
                .ifPresent(problem -> errors.rejectValue("password", problem));
        return !errors.hasErrors();
    }

    private static String name(Errors errors, String field, String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            errors.rejectValue(field, "invitation." + field + ".required");
        } else if (v.codePointCount(0, v.length()) > 100) {
            errors.rejectValue(field, "invitation." + field + ".length");
        }
        return v;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = AgentFields.bounded(givenName);
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = AgentFields.bounded(familyName);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = AgentFields.bounded(password);
    }
}

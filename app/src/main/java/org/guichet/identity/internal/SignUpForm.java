package org.guichet.identity.internal;

import org.guichet.tenancy.Tenant;

/**
 * The sign-up form as posted; every field may be missing or absurdly long, so nothing is trusted
 * before {@link #validate}. Public with public accessors for the templates.
 */
public record SignUpForm(String givenName, String familyName, String email, String password,
        String passwordConfirmation) {

    static final int MAX_NAME_LENGTH = 100;

    public SignUpForm {
        givenName = givenName == null ? "" : givenName.strip();
        familyName = familyName == null ? "" : familyName.strip();
        email = EmailAddresses.normalise(email);
        password = password == null ? "" : password;
        passwordConfirmation = passwordConfirmation == null ? "" : passwordConfirmation;
    }

    static SignUpForm empty() {
        return new SignUpForm("", "", "", "", "");
    }

    /** The problems of each field, in the order of the page. */
    FormErrors validate(PasswordPolicy policy, Tenant tenant) {
        FormErrors errors = new FormErrors();
        name(errors, "givenName", givenName, "signUp.error.givenName");
        name(errors, "familyName", familyName, "signUp.error.familyName");
        errors.reject("email", EmailAddresses.problem(email));
        errors.reject("password", policy.problem(password,
                PasswordPolicy.personalWords(email, givenName, familyName, tenant)));
        if (!errors.has("password") && !password.equals(passwordConfirmation)) {
            errors.reject("passwordConfirmation", "password.error.mismatch");
        }
        return errors;
    }

    /** A form safe to show again: passwords are never sent back, long values are cut. */
    SignUpForm redisplayed() {
        return new SignUpForm(cut(givenName), cut(familyName), cut(email), "", "");
    }

    private static void name(FormErrors errors, String field, String value, String keyPrefix) {
        if (value.isEmpty()) {
            errors.reject(field, keyPrefix + ".missing");
        } else if (value.codePointCount(0, value.length()) > MAX_NAME_LENGTH) {
            errors.reject(field, keyPrefix + ".tooLong", MAX_NAME_LENGTH);
        } else if (value.codePoints().anyMatch(Character::isISOControl)) {
            errors.reject(field, keyPrefix + ".characters");
        }
    }

    private static String cut(String value) {
        return value.length() > 300 ? value.substring(0, 300) : value;
    }
}

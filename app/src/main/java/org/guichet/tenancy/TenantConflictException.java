package org.guichet.tenancy;

/** A tenant could not be created because its slug or hostname is already used. */
public class TenantConflictException extends RuntimeException {

    private final String field;

    public TenantConflictException(String field) {
        super("Already used: " + field);
        this.field = field;
    }

    /** The field that conflicts: {@code slug} or {@code hostname}. */
    public String field() {
        return field;
    }
}

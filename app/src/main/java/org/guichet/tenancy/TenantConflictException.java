package org.guichet.tenancy;

/** A tenant or one of its services could not be saved because a unique value is already used. */
public class TenantConflictException extends RuntimeException {

    private final String field;

    public TenantConflictException(String field) {
        super("Already used: " + field);
        this.field = field;
    }

    /** The field that conflicts: {@code slug} or {@code hostname} for a tenant, {@code name} for a service. */
    public String field() {
        return field;
    }
}

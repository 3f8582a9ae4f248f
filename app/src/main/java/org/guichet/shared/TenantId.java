package org.guichet.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a tenant (a collectivité or State service). */
public record TenantId(UUID value) implements Serializable {

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
    }

    public static TenantId of(String value) {
        return new TenantId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

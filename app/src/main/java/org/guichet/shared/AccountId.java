package org.guichet.shared;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies a person's account on one tenant's portal. */
public record AccountId(UUID value) implements Serializable {

    public AccountId {
        Objects.requireNonNull(value, "account id");
    }

    public static AccountId of(String value) {
        return new AccountId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

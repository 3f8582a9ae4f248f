package org.guichet.dossier;

import java.util.UUID;
import org.guichet.shared.AccountId;

/**
 * Who made a dossier change: the usager, an agent, or the platform itself (an implicit decision
 * when a silence delay runs out).
 */
public record Actor(Kind kind, UUID accountId) {

    public enum Kind { USAGER, AGENT, SYSTEM }

    public static Actor usager(AccountId account) {
        return new Actor(Kind.USAGER, account == null ? null : account.value());
    }

    public static Actor agent(AccountId account) {
        return new Actor(Kind.AGENT, account.value());
    }

    public static Actor system() {
        return new Actor(Kind.SYSTEM, null);
    }
}

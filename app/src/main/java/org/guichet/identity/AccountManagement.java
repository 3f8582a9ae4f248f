package org.guichet.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guichet.identity.internal.AccountAdministration;
import org.guichet.identity.internal.agents.AgentDirectory;
import org.guichet.shared.AccountId;
import org.springframework.stereotype.Service;

/** Accounts of the current tenant as other modules and the demo loader see them. */
@Service
public class AccountManagement {

    private final AccountAdministration administration;
    private final AgentDirectory agents;

    AccountManagement(AccountAdministration administration, AgentDirectory agents) {
        this.administration = administration;
        this.agents = agents;
    }

    /** The agent roles of an account of the current tenant; empty for a citizen. */
    public List<RoleGrant> grantsOf(AccountId account) {
        return agents.grants(account);
    }

    /** Creates an account whose email is already verified (demo data, counter filing), or finds it. */
    public AccountId ensureVerifiedAccount(String email, String givenName, String familyName, String password) {
        return administration.ensureVerifiedAccount(email, givenName, familyName, password);
    }

    /** Gives an agent role in the current tenant, for the whole tenant or one service. */
    public void grantRole(AccountId account, AgentRole role, Optional<UUID> service) {
        administration.grantRole(account, role, service);
    }

    /** Where to write to a person of the current tenant; empty for an unknown or disabled account. */
    public Optional<Contact> contactOf(AccountId account) {
        return administration.contactOf(account);
    }

    /**
     * The verified, active account of the current tenant with this address — how an agent filing for a person
     * at a counter finds the account the dossier should belong to.
     */
    public Optional<AccountId> findVerified(String email) {
        return administration.findVerified(email);
    }

    /** The agents of the current tenant (accounts with at least one role), by name. */
    public List<AgentSummary> agents() {
        return agents.summaries();
    }

    /** An agent and their roles. */
    public record AgentSummary(AccountId id, String displayName, String email, List<RoleGrant> grants) {}

    /** An account's email address, name and language. */
    public record Contact(String email, String displayName, String locale, String givenName, String familyName) {}

    /** Creates a platform administrator, or finds it. */
    public AccountId ensurePlatformOperator(String email, String displayName, String password) {
        return administration.ensurePlatformOperator(email, displayName, password);
    }

}

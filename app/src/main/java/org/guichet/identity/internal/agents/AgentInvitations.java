package org.guichet.identity.internal.agents;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.guichet.identity.AgentRole;
import org.guichet.identity.IdentityEvent;
import org.guichet.identity.internal.agents.AgentChangeRefusedException.Reason;
import org.guichet.shared.AccountId;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations of agents in the current tenant: sent by an administrator (or by the platform for a
 * new tenant's first administrator), cancelled, and accepted through their single-use link, with
 * a new account or an existing one. Every step is written to the audit trail.
 */
@Component
class AgentInvitations {

    static final Duration VALIDITY = Duration.ofDays(7);

    private final InvitationRepository invitations;
    private final AgentDirectory agents;
    private final InvitationMail mail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AgentInvitations(InvitationRepository invitations, AgentDirectory agents, InvitationMail mail,
            ApplicationEventPublisher events, Clock clock) {
        this.invitations = invitations;
        this.agents = agents;
        this.mail = mail;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Invites {@code email} with {@code roles}, replacing any pending invitation of that address,
     * and emails the link {@code portalUrl/invitation/<token>}.
     *
     * @param serviceId the service the roles are limited to, or null for the whole tenant
     * @throws AgentChangeRefusedException ALREADY_AGENT when the address is an agent's already
     */
    @Transactional
    UUID invite(String email, List<AgentRole> roles, UUID serviceId, Actor actor, String portalUrl) {
        TenantId tenant = TenantContext.require();
        String address = email.strip().toLowerCase(Locale.ROOT);
        if (agents.isAgent(address)) {
            throw new AgentChangeRefusedException(Reason.ALREADY_AGENT);
        }
        Instant now = clock.instant();
        for (UUID replaced : invitations.cancelPendingFor(address, now)) {
            audit(actor, "identity.invitation.replaced", replaced.toString());
        }
        String token = InvitationToken.generate();
        Instant expiresAt = now.plus(VALIDITY);
        UUID id = invitations.insert(address, roles, serviceId, actor.accountId(), InvitationToken.hash(token), expiresAt);
        audit(actor, "identity.invitation.created", id + " " + address);
        events.publishEvent(mail.compose(tenant, address, roles, serviceId, portalUrl + "/invitation/" + token, expiresAt));
        return id;
    }

    /** Whether the address is already an agent's here: such a person gets roles from their page, not an invitation. */
    @Transactional(readOnly = true)
    boolean isAgent(String email) {
        return agents.isAgent(email.strip().toLowerCase(Locale.ROOT));
    }

    @Transactional(readOnly = true)
    List<Invitation> pending() {
        return invitations.pending(clock.instant());
    }

    /** Cancels a pending invitation; empty when no invitation of this tenant has that id. */
    @Transactional
    Optional<Invitation> cancel(UUID id, Actor actor) {
        Optional<Invitation> invitation = invitations.find(id);
        invitation.ifPresent(i -> {
            if (!invitations.cancel(id, clock.instant())) {
                throw new AgentChangeRefusedException(Reason.INVITATION_NOT_PENDING);
            }
            audit(actor, "identity.invitation.cancelled", id + " " + i.email());
        });
        return invitation;
    }

    /** The invitation of a link, whatever its status; empty for a token that is not one of this tenant's. */
    @Transactional(readOnly = true)
    Optional<Invitation> byToken(String token) {
        if (!InvitationToken.wellFormed(token)) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(InvitationToken.hash(token));
    }

    @Transactional(readOnly = true)
    boolean accountExists(String email) {
        return agents.accountIdByEmail(email).isPresent();
    }

    Invitation.Status status(Invitation invitation) {
        return invitation.status(clock.instant());
    }

    /**
     * Accepts an invitation by creating the invitee's account, its address verified by the link.
     *
     * @param passwordHash the chosen password, already hashed (outside the transaction: it is slow)
     * @throws AgentChangeRefusedException INVITATION_NOT_PENDING, or ACCOUNT_EXISTS when an account with the address appeared
     */
    @Transactional
    AccountId acceptWithNewAccount(String token, String givenName, String familyName, String passwordHash, String ip) {
        Invitation invitation = pendingByToken(token);
        if (agents.accountIdByEmail(invitation.email()).isPresent()) {
            throw new AgentChangeRefusedException(Reason.ACCOUNT_EXISTS);
        }
        Instant now = clock.instant();
        UUID account;
        try {
            account = agents.insertVerifiedAccount(invitation.email(), givenName, familyName, passwordHash, now);
        } catch (DuplicateKeyException e) {
            throw new AgentChangeRefusedException(Reason.ACCOUNT_EXISTS);
        }
        Actor actor = new Actor(account.toString(), account, ip);
        audit(actor, "identity.account.created", account.toString());
        accept(invitation, actor, now);
        return new AccountId(account);
    }

    /**
     * Accepts an invitation with the signed-in account: its roles are added to that account.
     *
     * @throws AgentChangeRefusedException INVITATION_NOT_PENDING, or WRONG_ACCOUNT when the account's address is not the invited one
     */
    @Transactional
    void acceptWithExistingAccount(String token, AccountId account, String accountEmail, String ip) {
        Invitation invitation = pendingByToken(token);
        if (!invitation.email().equalsIgnoreCase(accountEmail.strip())) {
            throw new AgentChangeRefusedException(Reason.WRONG_ACCOUNT);
        }
        accept(invitation, new Actor(account.toString(), account.value(), ip), clock.instant());
    }

    private void accept(Invitation invitation, Actor actor, Instant now) {
        if (!invitations.markAccepted(invitation.id(), actor.accountId(), now)) {
            throw new AgentChangeRefusedException(Reason.INVITATION_NOT_PENDING);
        }
        audit(actor, "identity.invitation.accepted", invitation.id() + " " + invitation.email());
        for (AgentRole role : invitation.roles()) {
            if (agents.addGrant(actor.accountId(), role, invitation.serviceId())) {
                audit(actor, "identity.role.granted", AgentRoles.describe(actor.accountId(), role, invitation.serviceId()));
            }
        }
    }

    private Invitation pendingByToken(String token) {
        return byToken(token).filter(i -> status(i) == Invitation.Status.PENDING)
                .orElseThrow(() -> new AgentChangeRefusedException(Reason.INVITATION_NOT_PENDING));
    }

    private void audit(Actor actor, String action, String target) {
        events.publishEvent(new IdentityEvent(TenantContext.require(), actor.id(), action, target, actor.ipAddress()));
    }
}

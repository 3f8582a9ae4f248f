package org.guichet.instruction.internal.experts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.guichet.document.DocumentManagement;
import org.guichet.document.UploadLimits;
import org.guichet.dossier.Dossier;
import org.guichet.identity.AccountManagement;
import org.guichet.identity.AgentRole;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.instruction.ExpertInvited;
import org.guichet.instruction.MessagingManagement.NewAttachment;
import org.guichet.instruction.OpinionGiven;
import org.guichet.notification.EmailRequested;
import org.guichet.procedure.Procedure;
import org.guichet.tenancy.PublicUrls;
import org.guichet.tenancy.Tenant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Experts' opinions. The expert has no account: the emailed link carries a random token, of which
 * only the SHA-256 is stored, so a copy of the database opens nothing. The link works once, until
 * the deadline's day ends (or {@link #DEFAULT_VALIDITY} without a deadline).
 */
@Service
class ExpertOpinions {

    static final Duration DEFAULT_VALIDITY = Duration.ofDays(90);
    static final int MAX_OPINION = 10_000;

    private static final SecureRandom RANDOM = new SecureRandom();

    record NewInvitation(String email, String question, boolean confidential, LocalDate deadline) {}

    /** The link was used or expired between the page and the answer. */
    static final class LinkClosedException extends RuntimeException {
        LinkClosedException() {
            super("Expert link used or expired");
        }
    }

    private final ExpertInvitationRepository invitations;
    private final DocumentManagement documents;
    private final AccountManagement accounts;
    private final PublicUrls urls;
    private final MessageSource text;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExpertOpinions(ExpertInvitationRepository invitations, DocumentManagement documents, AccountManagement accounts,
            PublicUrls urls, MessageSource text, ApplicationEventPublisher events, Clock clock) {
        this.invitations = invitations;
        this.documents = documents;
        this.accounts = accounts;
        this.urls = urls;
        this.text = text;
        this.events = events;
        this.clock = clock;
    }

    /** Records the invitation and emails the expert the link; only this mail ever holds the token. */
    @Transactional
    UUID invite(Tenant tenant, Dossier dossier, Procedure procedure, GuichetPrincipal agent, NewInvitation request,
            Locale locale) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant expires = request.deadline() == null ? now.plus(DEFAULT_VALIDITY)
                : request.deadline().plusDays(1).atStartOfDay(tenant.timeZone()).toInstant();
        UUID id = UUID.randomUUID();
        invitations.insert(tenant.id(), new Invitation(id, dossier.id(), agent.accountId().value(), request.email(),
                request.question(), request.confidential(), request.deadline(), now, expires, null, null, null), hash(token));
        Object[] args = {tenant.name(), agent.displayName(), dossier.reference(), procedure.title(),
                urls.of(tenant, "/avis/" + token),
                request.deadline() == null ? "" : text.getMessage("experts.mail.deadline", new Object[] {request.deadline()
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))}, locale)};
        events.publishEvent(new EmailRequested(tenant.id(), request.email(),
                text.getMessage("experts.mail.invite.subject", args, locale),
                text.getMessage("experts.mail.invite.body", args, locale), "instruction.expert-invitation"));
        events.publishEvent(new ExpertInvited(tenant.id(), dossier.id(), id, agent.accountId().value(), request.confidential()));
        return id;
    }

    /** The invitation a link's token opens, used or not; empty for a malformed or unknown token. */
    @Transactional(readOnly = true)
    Optional<Invitation> byToken(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(hash(token));
    }

    boolean isOpen(Invitation invitation) {
        return invitation.open(clock.instant());
    }

    /**
     * Records the opinion and its optional file in one transaction.
     *
     * @throws org.guichet.document.DocumentRejectedException when the file is refused (nothing is kept)
     * @throws LinkClosedException when the link was used or expired meanwhile (nothing is kept)
     */
    @Transactional
    void answer(Tenant tenant, Invitation invitation, String opinion, Optional<NewAttachment> file) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        UUID documentId = file.map(f -> {
            try (InputStream in = f.content().getInputStream()) {
                return documents.store(tenant.id(), in, f.fileName(), UploadLimits.defaults(), null).id().value();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(null);
        if (!invitations.answer(invitation.id(), opinion, documentId, now)) {
            throw new LinkClosedException();
        }
        events.publishEvent(new OpinionGiven(tenant.id(), invitation.dossierId(), invitation.id(), invitation.invitedBy(), now));
    }

    /** The dossier's invitations; the content of a confidential one only for whom {@link #maySee} allows. */
    @Transactional(readOnly = true)
    List<Invitation> forDossier(UUID dossierId) {
        return invitations.forDossier(dossierId);
    }

    @Transactional(readOnly = true)
    Optional<Invitation> find(UUID dossierId, UUID id) {
        return invitations.find(dossierId, id);
    }

    /**
     * A confidential opinion is for the agent who asked for it and the démarche's administrators;
     * any other opinion is for every agent who may instruct the dossier.
     */
    boolean maySee(GuichetPrincipal agent, Procedure procedure, Invitation invitation) {
        return !invitation.confidential() || agent.accountId().value().equals(invitation.invitedBy())
                || accounts.grantsOf(agent.accountId()).stream().anyMatch(g -> g.role() == AgentRole.ADMINISTRATEUR
                        && (g.tenantWide() || g.serviceId().equals(procedure.serviceId())));
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

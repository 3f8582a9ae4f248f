package org.guichet.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.guichet.dossier.internal.DossierRepository;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.procedure.ProcedureForms;
import org.guichet.procedure.ProcedureState;
import org.guichet.shared.AccountId;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Dossiers filed without the usager's own account: anonymously, where the démarche allows it, or by an
 * agent on behalf of a person (at a counter, on the phone, from a letter or an email). A dossier with no
 * account behind it gets a tracking code, shown once and kept only as a hash, with which the person
 * reopens it later, draft or submitted. Codes carry 60 random bits: guessing one is out of reach, so
 * the hash needs no salt and can be looked up directly.
 */
@Service
public class TrackedFiling {

    /** A started draft; {@code trackingCode} is null when an account owns the dossier. */
    public record Started(UUID dossierId, String trackingCode) {}

    // Crockford's base 32: no I, L, O or U, so that a code read aloud or copied by hand survives.
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int CODE_LENGTH = 12;

    private final DossierRepository dossiers;
    private final ProcedureCatalogue procedures;
    private final ProcedureForms forms;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TrackedFiling(DossierRepository dossiers, ProcedureCatalogue procedures, ProcedureForms forms,
            ApplicationEventPublisher events, Clock clock) {
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.forms = forms;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts an anonymous draft on a démarche that does not require an account.
     *
     * @param contactEmail where the acknowledgements go; may be null (the person then keeps the code themselves)
     * @throws ProcedureUnavailableException when the démarche is not published or requires an account
     */
    @Transactional
    public Started startAnonymous(UUID procedureId, String contactEmail) {
        Procedure procedure = published(procedureId);
        if (procedure.loginRequired()) {
            throw new ProcedureUnavailableException();
        }
        return start(procedure, null, FilingChannel.EN_LIGNE, null, null, contactEmail, Actor.usager(null));
    }

    /**
     * Starts a draft filed by an agent for a person, who owns it when they have an account.
     *
     * @param person the person's account, or null when they have none (a tracking code is then given)
     */
    @Transactional
    public Started startOnBehalf(UUID procedureId, AccountId agent, FilingChannel channel, AccountId person,
            String contactName, String contactEmail) {
        if (!channel.byAgent()) {
            throw new IllegalArgumentException("An agent files through a counter, the phone, the post or email");
        }
        return start(published(procedureId), person, channel, agent, contactName, contactEmail, Actor.agent(agent));
    }

    /** The dossier this tracking code opens, if any. */
    @Transactional(readOnly = true)
    public Optional<UUID> open(String trackingCode) {
        String code = normalise(trackingCode);
        return code.length() == CODE_LENGTH ? dossiers.findByTrackingCodeHash(hash(code)) : Optional.empty();
    }

    private Started start(Procedure procedure, AccountId person, FilingChannel channel, AccountId agent,
            String contactName, String contactEmail, Actor actor) {
        int version = forms.currentVersion(procedure.id()).orElseThrow(ProcedureUnavailableException::new);
        TenantId tenant = TenantContext.require();
        Instant now = clock.instant();
        UUID id = dossiers.insertDraftOnBehalf(tenant, procedure.id(), version, person == null ? null : person.value(),
                channel, agent == null ? null : agent.value(), blankToNull(contactName), blankToNull(contactEmail), now);
        String code = null;
        if (person == null) {
            code = newCode();
            dossiers.setTrackingCodeHash(id, hash(normalise(code)));
        }
        dossiers.addEvent(tenant, id, now, "created", null, DossierState.BROUILLON, actor, null);
        events.publishEvent(new DossierEdited(tenant, id, actor.accountId(), channel.byAgent() ? "created-on-behalf" : "created-anonymously"));
        if (code != null && contactEmail != null && !contactEmail.isBlank()) {
            events.publishEvent(new TrackingCodeIssued(tenant, id, procedure.id(), contactEmail.strip(), code));
        }
        return new Started(id, code);
    }

    private Procedure published(UUID procedureId) {
        return procedures.findById(procedureId).filter(p -> p.state() == ProcedureState.PUBLIEE)
                .orElseThrow(ProcedureUnavailableException::new);
    }

    private String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < CODE_LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** Codes are compared without dashes, spaces or case, and with the letters people confuse with digits. */
    static String normalise(String code) {
        return code == null ? "" : code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
    }

    private static String hash(String normalisedCode) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("guichet-tracking-code:" + normalisedCode).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}

package org.guichet.dossier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.guichet.identity.GuichetPrincipal;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may fill in and follow a dossier on the usager's side: the account that owns it, or the browser
 * session that holds it — the session that started it without an account, that opened it with its
 * tracking code, or the agent's session filing it for a person. Anything else is answered as if the
 * dossier did not exist; a visitor who is not signed in is sent to sign in instead.
 */
@Component
public class ApplicantAccess {

    private static final String HELD = ApplicantAccess.class.getName() + ".held";
    private static final String CODES = ApplicantAccess.class.getName() + ".codes";

    private final DossierManagement dossiers;

    ApplicantAccess(DossierManagement dossiers) {
        this.dossiers = dossiers;
    }

    /** Lets this browser session fill in and follow the dossier. */
    public void hold(HttpServletRequest request, UUID dossier) {
        HttpSession session = request.getSession(true);
        Set<UUID> held = new HashSet<>(heldBy(session));
        held.add(dossier);
        // Set again rather than changed in place, so that the session store writes it.
        session.setAttribute(HELD, held);
    }

    /**
     * Lets this session fill in and follow a dossier it just started without an account, and remembers its
     * tracking code so that every page of the filing can remind the person of it until they leave.
     */
    public void hold(HttpServletRequest request, UUID dossier, String trackingCode) {
        hold(request, dossier);
        if (trackingCode != null) {
            HttpSession session = request.getSession();
            java.util.Map<UUID, String> codes = new java.util.HashMap<>(codesOf(session));
            codes.put(dossier, trackingCode);
            session.setAttribute(CODES, codes);
        }
    }

    /** The tracking code given when this session started the dossier, if it did. */
    public Optional<String> trackingCode(HttpServletRequest request, UUID dossier) {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable(codesOf(session).get(dossier));
    }

    /** Whether this session holds the dossier (rather than owning it through an account). */
    public boolean holds(HttpServletRequest request, UUID dossier) {
        HttpSession session = request.getSession(false);
        return session != null && heldBy(session).contains(dossier);
    }

    /**
     * The dossier, if this visitor may see it.
     *
     * @throws AuthenticationCredentialsNotFoundException when nobody is signed in and the session does not hold it,
     *     so that the visitor is asked to sign in
     */
    @Transactional(readOnly = true)
    public Optional<Dossier> find(String id, GuichetPrincipal me, HttpServletRequest request) {
        Optional<Dossier> dossier = parse(id).flatMap(dossiers::find)
                .filter(d -> holds(request, d.id()) || (me != null && me.accountId().value().equals(d.ownerAccountId())));
        if (dossier.isEmpty() && me == null) {
            throw new AuthenticationCredentialsNotFoundException("Sign in to see this dossier");
        }
        return dossier;
    }

    /** Who is acting on the dossier: an agent filing for a person, or the usager (signed in or not). */
    public Actor actor(Dossier dossier, GuichetPrincipal me) {
        if (me != null && dossier.channel().byAgent() && !me.accountId().value().equals(dossier.ownerAccountId())) {
            return Actor.agent(me.accountId());
        }
        return Actor.usager(me == null ? null : me.accountId());
    }

    @SuppressWarnings("unchecked")
    private static java.util.Map<UUID, String> codesOf(HttpSession session) {
        Object codes = session.getAttribute(CODES);
        return codes instanceof java.util.Map<?, ?> map ? (java.util.Map<UUID, String>) map : java.util.Map.of();
    }

    @SuppressWarnings("unchecked")
    private static Set<UUID> heldBy(HttpSession session) {
        Object held = session.getAttribute(HELD);
        return held instanceof Set<?> set ? (Set<UUID>) set : Set.of();
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}

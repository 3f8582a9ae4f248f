package org.guichet.dossier;

import java.time.Instant;

/** One line of a dossier's timeline. {@code kind} names what happened, e.g. {@code submitted}. */
public record TimelineEntry(Instant at, String kind, DossierState from, DossierState to, Actor.Kind actorKind,
        String reason) {}

package org.guichet.dossier;

import java.time.Instant;

/** The answers of a submitted dossier as they were before an edit by the usager, replaced at {@code replacedAt}. */
public record AnswerRevision(int revision, String answersJson, Instant replacedAt) {}

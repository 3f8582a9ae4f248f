package org.guichet.instruction;

import java.time.Instant;
import java.util.UUID;

/** A dossier's value for one annotation field, with who last changed it and when. */
public record AnnotationValue(UUID fieldId, String value, UUID updatedBy, Instant updatedAt) {}

package org.guichet.instruction;

import java.util.List;
import java.util.UUID;

/**
 * A private annotation field of a démarche: agents fill it on each dossier, the usager never sees it.
 *
 * @param options the choices of a {@link AnnotationType#SINGLE_CHOICE} field, in order; empty otherwise
 */
public record AnnotationField(UUID id, UUID procedureId, String label, AnnotationType type, List<String> options,
        int position) {

    public AnnotationField {
        options = List.copyOf(options);
    }
}

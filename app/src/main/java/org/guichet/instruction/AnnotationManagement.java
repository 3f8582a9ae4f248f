package org.guichet.instruction;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guichet.instruction.internal.annotations.AnnotationRepository;
import org.guichet.shared.AccountId;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private annotations: the fields an administrator defines per démarche and the values agents give
 * them on each dossier. Callers authorise first; values arrive already checked and in canonical
 * form (see {@code AnnotationInput}). Nothing here is reachable from the usager's pages.
 */
@Service
public class AnnotationManagement {

    public static final int MAX_LABEL = 200;
    public static final int MAX_OPTIONS = 50;

    private final AnnotationRepository annotations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AnnotationManagement(AnnotationRepository annotations, ApplicationEventPublisher events, Clock clock) {
        this.annotations = annotations;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AnnotationField> fields(UUID procedureId) {
        return annotations.fields(procedureId);
    }

    /**
     * Adds a field at the end of the démarche's list.
     *
     * @throws IllegalArgumentException for a blank or long label, or a choice without two distinct options
     */
    @Transactional
    public UUID addField(UUID procedureId, String label, AnnotationType type, List<String> options, AccountId actor) {
        List<String> kept = type == AnnotationType.SINGLE_CHOICE ? options : List.of();
        if (label == null || label.isBlank() || label.length() > MAX_LABEL || !validOptions(type, kept)) {
            throw new IllegalArgumentException("Invalid annotation field");
        }
        UUID id = UUID.randomUUID();
        annotations.insertField(TenantContext.require(), new AnnotationField(id, procedureId, label.strip(), type, kept, 0));
        events.publishEvent(new AnnotationChanged(TenantContext.require(), actor.value(), "field-added", procedureId));
        return id;
    }

    /** Whether the options of a field of this type are acceptable: two or more, distinct, short. */
    public static boolean validOptions(AnnotationType type, List<String> options) {
        if (type != AnnotationType.SINGLE_CHOICE) {
            return options.isEmpty();
        }
        return options.size() >= 2 && options.size() <= MAX_OPTIONS && new HashSet<>(options).size() == options.size()
                && options.stream().allMatch(o -> !o.isBlank() && o.length() <= MAX_LABEL);
    }

    /** Removes a field and every dossier's value for it; false when the démarche has no such field. */
    @Transactional
    public boolean removeField(UUID procedureId, UUID fieldId, AccountId actor) {
        boolean removed = annotations.deleteField(procedureId, fieldId);
        if (removed) {
            events.publishEvent(new AnnotationChanged(TenantContext.require(), actor.value(), "field-removed", procedureId));
        }
        return removed;
    }

    /** Swaps a field with its neighbour above ({@code up}) or below; false when it has none or is unknown. */
    @Transactional
    public boolean moveField(UUID procedureId, UUID fieldId, boolean up, AccountId actor) {
        List<AnnotationField> fields = annotations.fields(procedureId);
        int index = fields.stream().map(AnnotationField::id).toList().indexOf(fieldId);
        int other = up ? index - 1 : index + 1;
        if (index < 0 || other < 0 || other >= fields.size()) {
            return false;
        }
        // Positions are rewritten as 1..n: earlier deletions may have left gaps or ties.
        for (int i = 0; i < fields.size(); i++) {
            int target = i == index ? other : i == other ? index : i;
            annotations.setPosition(fields.get(i).id(), target + 1);
        }
        events.publishEvent(new AnnotationChanged(TenantContext.require(), actor.value(), "field-moved", procedureId));
        return true;
    }

    /** A dossier's values by field id. */
    @Transactional(readOnly = true)
    public Map<UUID, AnnotationValue> values(UUID dossierId) {
        return annotations.values(dossierId).stream().collect(Collectors.toMap(AnnotationValue::fieldId, Function.identity()));
    }

    /**
     * Saves a dossier's values (canonical, checked; an empty string clears a value). Only the values
     * that changed get the agent and the time, so each one says who last set it.
     *
     * @return whether anything changed
     */
    @Transactional
    public boolean save(UUID procedureId, UUID dossierId, Map<UUID, String> newValues, AccountId agent) {
        TenantId tenant = TenantContext.require();
        Map<UUID, AnnotationValue> current = values(dossierId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean changed = false;
        for (AnnotationField field : annotations.fields(procedureId)) {
            if (!newValues.containsKey(field.id())) {
                continue;
            }
            String value = newValues.get(field.id());
            String before = current.containsKey(field.id()) ? current.get(field.id()).value() : "";
            if (Objects.equals(value, before)) {
                continue;
            }
            if (value.isEmpty()) {
                annotations.deleteValue(dossierId, field.id());
            } else {
                annotations.upsertValue(tenant, dossierId, field.id(), value, agent.value(), now);
            }
            changed = true;
        }
        if (changed) {
            events.publishEvent(new AnnotationChanged(tenant, agent.value(), "values-saved", dossierId));
        }
        return changed;
    }
}

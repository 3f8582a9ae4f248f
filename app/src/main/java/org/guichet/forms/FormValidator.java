package org.guichet.forms;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.guichet.forms.internal.FormEngine;

/**
 * Validates a citizen's raw {@link Answers} against a {@link FormDefinition}, on the server, whatever the
 * browser checked. Never throws because of what was submitted: every problem becomes a {@link FieldError}.
 *
 * <p>Pages and fields are taken in order. A page or field whose condition is false is hidden: its answers
 * are ignored and dropped, and it is never required. Conditions see the validated values of the fields
 * before them, so an invalid answer counts as no answer. Thread-safe.
 */
public final class FormValidator {

    private final FormEngine engine;

    /**
     * @param clock      gives "today" for relative date limits, in its zone (the tenant's)
     * @param geography  checks communes, départements, régions and addresses, usually
     *                   {@link FrenchGeography#official()}
     */
    public FormValidator(Clock clock, FrenchGeography geography) {
        this.engine = new FormEngine(Objects.requireNonNull(clock), Objects.requireNonNull(geography));
    }

    /**
     * Validates every visible page, for the "check your answers" page and for submission.
     *
     * @throws InvalidDefinitionException when the definition has {@linkplain FormDefinition#problems() problems}
     */
    public ValidationResult validateForm(FormDefinition definition, Answers answers) {
        FormEngine.Run run = engine.run(definition, answers);
        return new ValidationResult(new FormValues(run.values()), run.errors(), run.visiblePageIds());
    }

    /**
     * The pages' and fields' ids hidden by their conditions for these answers (display elements
     * included), so that a page shows only what concerns the citizen.
     *
     * @throws InvalidDefinitionException when the definition has {@linkplain FormDefinition#problems() problems}
     */
    public java.util.Set<String> hiddenFieldIds(FormDefinition definition, Answers answers) {
        return engine.run(definition, answers).hiddenFieldIds();
    }

    /**
     * Validates one page. {@code answers} must hold the answers to the earlier pages too, since the page's
     * conditions may depend on them; only this page's errors and values are returned. A hidden page has
     * neither.
     *
     * @throws IllegalArgumentException   when the page does not exist
     * @throws InvalidDefinitionException when the definition has {@linkplain FormDefinition#problems() problems}
     */
    public ValidationResult validatePage(FormDefinition definition, String pageId, Answers answers) {
        if (definition.page(pageId).isEmpty()) {
            throw new IllegalArgumentException("No page " + pageId);
        }
        FormEngine.Run run = engine.run(definition, answers);
        List<String> fieldIds = run.fieldIdsByPage().get(pageId);
        Map<String, Object> values = new LinkedHashMap<>();
        run.values().forEach((id, value) -> {
            if (fieldIds.contains(id)) {
                values.put(id, value);
            }
        });
        List<FieldError> errors = run.errors().stream().filter(error -> error.pageId().equals(pageId)).toList();
        return new ValidationResult(new FormValues(values), errors, run.visiblePageIds());
    }
}

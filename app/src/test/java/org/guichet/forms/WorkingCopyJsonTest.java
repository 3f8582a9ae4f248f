package org.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A studio working copy may be unfinished: it reads back with its problems, unlike a definition for citizens. */
class WorkingCopyJsonTest {

    private static final String UNFINISHED = """
            {"schemaVersion": 1, "pages": [{"id": "p", "title": "P", "fields": [
              {"id": "a", "type": "short_text", "label": "A", "condition": {"field": "b", "op": "empty"}},
              {"id": "b", "type": "single_choice", "label": "B", "options": []}]}]}""";

    @Test
    void readsAnUnfinishedWorkingCopyAndLeavesItsProblemsToTheDefinition() {
        FormImport strict = FormJson.read(UNFINISHED);
        FormImport working = FormJson.readWorkingCopy(UNFINISHED);

        assertThat(strict.ok()).isFalse();
        assertThat(working.ok()).isTrue();
        assertThat(working.definition().problems()).extracting(DefinitionProblem::messageKey)
                .containsExactlyInAnyOrderElementsOf(strict.problems().stream().map(DefinitionProblem::messageKey).toList());
        assertThat(FormJson.readWorkingCopy(FormJson.write(working.definition())).definition()).isEqualTo(working.definition());
    }

    @Test
    void stillRefusesMalformedJsonAndUnknownTypes() {
        assertThat(FormJson.readWorkingCopy("{ nope").ok()).isFalse();
        assertThat(FormJson.readWorkingCopy("""
                {"schemaVersion": 1, "pages": [{"id": "p", "title": "P", "fields": [
                  {"id": "a", "type": "hologram", "label": "A"}]}]}""").problems())
                .extracting(DefinitionProblem::messageKey).containsExactly("forms.definition.json.fieldType");
    }
}

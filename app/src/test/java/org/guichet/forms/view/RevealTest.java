package org.guichet.forms.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.guichet.forms.Answers;
import org.guichet.forms.FormDefinition;
import org.guichet.forms.FormJson;
import org.junit.jupiter.api.Test;

/** Which same-page conditions the browser may apply, and the rule it is given. */
class RevealTest {

    private static final FormDefinition FORM = FormJson.read("""
            {"schemaVersion": 1, "pages": [{"id": "p", "title": "Page", "fields": [
              {"id": "personnes", "type": "integer", "label": "Personnes"},
              {"id": "lieu", "type": "single_choice", "label": "Lieu", "options": [
                {"value": "parc", "label": "Parc"}, {"value": "rue", "label": "Rue"}]},
              {"id": "jour", "type": "date", "label": "Jour"},
              {"id": "securite", "type": "long_text", "label": "Sécurité",
               "condition": {"field": "personnes", "op": "gte", "value": 50}},
              {"id": "plan", "type": "short_text", "label": "Plan",
               "condition": {"any": [{"field": "lieu", "op": "eq", "value": "parc"}, {"field": "lieu", "op": "not_empty"}]}},
              {"id": "veille", "type": "short_text", "label": "Veille",
               "condition": {"field": "jour", "op": "empty"}},
              {"id": "imbrique", "type": "short_text", "label": "Imbriqué",
               "condition": {"all": [{"field": "personnes", "op": "gt", "value": 1},
                 {"any": [{"field": "lieu", "op": "eq", "value": "rue"}, {"field": "lieu", "op": "eq", "value": "parc"}]}]}}
            ]}]}""").definition();

    private final Map<String, FieldView> views = new FieldViews(Answers.empty(), Map.of(), Set.of())
            .of(FORM.pages().getFirst().fields(), "").stream()
            .collect(java.util.stream.Collectors.toMap(v -> v.name(), v -> v));

    @Test
    void numbersAndChoicesBesideTheFieldAreComparedInTheBrowser() {
        assertThat(views.get("securite").reveal()).isEqualTo(new FieldView.Reveal(false,
                List.of(new FieldView.Clause("personnes", "gte", "50", "number"))));
        assertThat(views.get("plan").reveal()).isEqualTo(new FieldView.Reveal(true, List.of(
                new FieldView.Clause("lieu", "eq", "parc", "choice"), new FieldView.Clause("lieu", "not_empty", "", "choice"))));
        assertThat(views.get("securite").reveal().json())
                .isEqualTo("{\"any\":false,\"clauses\":[{\"input\":\"personnes\",\"op\":\"gte\",\"value\":\"50\",\"kind\":\"number\"}]}");
    }

    @Test
    void conditionsTheBrowserCannotReadAreLeftToTheServerAndTheFieldStaysShown() {
        assertThat(views.get("veille").reveal()).as("a date is typed in three inputs").isNull();
        assertThat(views.get("imbrique").reveal()).as("nested groups").isNull();
        assertThat(views.get("personnes").reveal()).isNull();
    }
}

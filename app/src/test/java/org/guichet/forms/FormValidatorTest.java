package org.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guichet.forms.FormTesting.VALIDATOR;
import static org.guichet.forms.FormTesting.answers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Whole-form behaviour: what is ignored, in which order errors come, how servlet parameters are read. */
class FormValidatorTest {

    private static final FormDefinition FORM = FormDefinition.of(
            Page.of("identite", "Identité",
                    Field.of("nom", "Nom", new FieldType.ShortText()).asRequired(),
                    Field.of("courriel", "Adresse électronique", new FieldType.EmailAddress()).asRequired()),
            Page.of("demande", "Demande",
                    Field.of("motif", "Motif", new FieldType.LongText(200)).asRequired()));

    @Test
    void ignoresSubmittedNamesTheFormDoesNotHave() {
        ValidationResult result = VALIDATOR.validateForm(FORM, answers("nom", "Dupont", "courriel", "a@exemple.fr",
                "motif", "Acte de naissance", "is_admin", "true", "nom.extra", "x", "__proto__", "{}", "_csrf", "t"));
        assertThat(result.valid()).isTrue();
        assertThat(result.values().asMap()).containsOnlyKeys("nom", "courriel", "motif");
    }

    @Test
    void listsErrorsInFormOrderWithTheirPage() {
        ValidationResult result = VALIDATOR.validateForm(FORM, answers("courriel", "pas-une-adresse"));
        assertThat(result.errors()).extracting(FieldError::pageId, FieldError::fieldId, FieldError::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("identite", "nom", "forms.error.required.text"),
                org.assertj.core.groups.Tuple.tuple("identite", "courriel", "forms.error.email.invalid"),
                org.assertj.core.groups.Tuple.tuple("demande", "motif", "forms.error.required.text"));
        assertThat(result.errorsFor("courriel")).singleElement().extracting(FieldError::inputKey).isEqualTo("courriel");
    }

    @Test
    void readsServletParametersUsingTheFirstValueOfSingleInputs() {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        parameters.put("nom", new String[] {"Dupont", "Martin"});
        parameters.put("courriel", new String[] {"a@exemple.fr"});
        parameters.put("motif", null);
        ValidationResult result = VALIDATOR.validatePage(FORM, "identite", Answers.fromParameters(parameters));
        assertThat(result.valid()).isTrue();
        assertThat(result.values().asMap()).isEqualTo(Map.of("nom", "Dupont", "courriel", "a@exemple.fr"));
        assertThat(result.visiblePageIds()).isEqualTo(List.of("identite", "demande"));
    }
}

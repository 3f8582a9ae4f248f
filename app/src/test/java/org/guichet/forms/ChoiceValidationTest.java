package org.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guichet.forms.FormTesting.VALIDATOR;
import static org.guichet.forms.FormTesting.form;
import static org.guichet.forms.FormTesting.onlyError;
import static org.guichet.forms.FormTesting.validate;
import static org.guichet.forms.FormTesting.value;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answers picked from lists: never anything the list does not offer. */
class ChoiceValidationTest {

    private static final List<Option> MEALS = List.of(new Option("standard", "Repas standard"),
            new Option("sans_porc", "Sans porc"), new Option("vegetarien", "Végétarien"));
    private static final FieldType.LinkedChoice SCHOOLS = new FieldType.LinkedChoice(List.of(
            new LinkedOption("maternelle", "École maternelle", List.of(new Option("tilleuls", "Les Tilleuls"))),
            new LinkedOption("elementaire", "École élémentaire", List.of(new Option("jaures", "Jean-Jaurès"), new Option("curie", "Marie-Curie")))));

    @Test
    void acceptsAnOfferedOption() {
        assertThat(value(validate(new FieldType.SingleChoice(MEALS, null), "f", "vegetarien"))).isEqualTo("vegetarien");
    }

    @Test
    void refusesAValueOutsideTheOptions() {
        FieldError error = onlyError(validate(new FieldType.SingleChoice(MEALS, null), "f", "halal"));
        assertThat(error.messageKey()).isEqualTo("forms.error.choice.invalid");
        assertThat(onlyError(validate(new FieldType.SingleChoice(MEALS, null), "f", "Végétarien")).messageKey())
                .isEqualTo("forms.error.choice.invalid");
    }

    @Test
    void keepsMultipleChoicesInOptionOrderWithoutDuplicates() {
        Answers answers = Answers.of(Map.of("f", List.of("vegetarien", "standard", "vegetarien", "")));
        ValidationResult result = VALIDATOR.validateForm(form(Field.of("f", "Repas", new FieldType.MultipleChoice(MEALS))), answers);
        assertThat(value(result)).isEqualTo(List.of("standard", "vegetarien"));
    }

    @Test
    void refusesMultipleChoicesWhenOneValueIsNotOffered() {
        Answers answers = Answers.of(Map.of("f", List.of("standard", "caviar")));
        ValidationResult result = VALIDATOR.validateForm(form(Field.of("f", "Repas", new FieldType.MultipleChoice(MEALS))), answers);
        assertThat(onlyError(result).messageKey()).isEqualTo("forms.error.choice.invalid");
    }

    @Test
    void acceptsLinkedChoiceWhoseChildBelongsToTheParent() {
        assertThat(value(validate(SCHOOLS, "f.parent", "elementaire", "f.child", "curie")))
                .isEqualTo(new LinkedAnswer("elementaire", "curie"));
    }

    @Test
    void refusesLinkedChoiceWhoseChildBelongsToAnotherParent() {
        FieldError error = onlyError(validate(SCHOOLS, "f.parent", "maternelle", "f.child", "curie"));
        assertThat(error.messageKey()).isEqualTo("forms.error.choice.invalid");
        assertThat(error.inputKey()).isEqualTo("f.child");
    }

    @Test
    void asksForTheSecondLevelWhenOnlyTheFirstIsChosen() {
        FieldError error = onlyError(validate(SCHOOLS, "f.parent", "maternelle"));
        assertThat(error.messageKey()).isEqualTo("forms.error.linked.child");
        assertThat(error.inputKey()).isEqualTo("f.child");
    }

    @Test
    void readsYesNoAndRefusesAnythingElse() {
        assertThat(value(validate(new FieldType.YesNo(), "f", "yes"))).isEqualTo(true);
        assertThat(value(validate(new FieldType.YesNo(), "f", "non"))).isEqualTo(false);
        assertThat(onlyError(validate(new FieldType.YesNo(), "f", "peut-être")).messageKey()).isEqualTo("forms.error.choice.invalid");
        assertThat(onlyError(validate(Field.of("f", "Allocataire CAF", new FieldType.YesNo()).asRequired())).messageKey())
                .isEqualTo("forms.error.required.choice");
    }

    @Test
    void readsAnUntickedCheckboxAsFalse() {
        assertThat(value(validate(new FieldType.Checkbox()))).isEqualTo(false);
        assertThat(value(validate(new FieldType.Checkbox(), "f", "on"))).isEqualTo(true);
    }

    @Test
    void requiresARequiredCheckboxToBeTicked() {
        Field consent = Field.of("f", "J’accepte les conditions", new FieldType.Checkbox()).asRequired();
        assertThat(onlyError(validate(consent)).messageKey()).isEqualTo("forms.error.required.checkbox");
        assertThat(onlyError(validate(consent, "f", "false")).messageKey()).isEqualTo("forms.error.required.checkbox");
        assertThat(value(validate(consent, "f", "true"))).isEqualTo(true);
    }

    @Test
    void readsCivilityAndRefusesOtherTitles() {
        assertThat(value(validate(new FieldType.CivilityChoice(), "f", "madame"))).isEqualTo(Civility.MADAME);
        assertThat(value(validate(new FieldType.CivilityChoice(), "f", "Monsieur"))).isEqualTo(Civility.MONSIEUR);
        assertThat(onlyError(validate(new FieldType.CivilityChoice(), "f", "docteur")).messageKey()).isEqualTo("forms.error.choice.invalid");
    }

    @Test
    void resolvesAutomaticDisplayFromTheNumberOfOptions() {
        assertThat(ChoiceDisplay.AUTO.resolve(3)).isEqualTo(ChoiceDisplay.RADIOS);
        assertThat(ChoiceDisplay.AUTO.resolve(40)).isEqualTo(ChoiceDisplay.LIST);
        assertThat(ChoiceDisplay.RADIOS.resolve(40)).isEqualTo(ChoiceDisplay.RADIOS);
    }
}

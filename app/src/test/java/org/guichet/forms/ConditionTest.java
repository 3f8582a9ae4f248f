package org.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.guichet.forms.Condition.all;
import static org.guichet.forms.Condition.any;
import static org.guichet.forms.FormTesting.VALIDATOR;
import static org.guichet.forms.FormTesting.answers;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Conditions on fields and pages: operators, and/or, and what hiding does to answers. */
class ConditionTest {

    private static final List<Option> INTERESTS = List.of(new Option("sport", "Sport"), new Option("musique", "Musique"));

    /** Whether a dependent field is shown when the source field {@code s} gets the raw answer. */
    private static boolean shown(FieldType sourceType, Condition condition, String... sourceAnswer) {
        FormDefinition definition = FormTesting.form(Field.of("s", "Source", sourceType),
                Field.of("d", "Dépendant", new FieldType.ShortText()).shownWhen(condition));
        assertThat(definition.problems()).isEmpty();
        String[] all = new String[sourceAnswer.length + 2];
        System.arraycopy(sourceAnswer, 0, all, 0, sourceAnswer.length);
        all[sourceAnswer.length] = "d";
        all[sourceAnswer.length + 1] = "réponse";
        return VALIDATOR.validateForm(definition, answers(all)).values().has("d");
    }

    private static final FieldType INTEGER = new FieldType.IntegerNumber(null, null);
    private static final FieldType DATE = new FieldType.DateInput(null, null);

    @Test
    void comparesNumbersWithEachOperator() {
        assertThat(shown(INTEGER, Condition.equalTo("s", 5), "s", "5")).isTrue();
        assertThat(shown(INTEGER, Condition.equalTo("s", 6), "s", "5")).isFalse();
        assertThat(shown(INTEGER, Condition.notEqualTo("s", 6), "s", "5")).isTrue();
        assertThat(shown(INTEGER, Condition.notEqualTo("s", 5), "s", "5")).isFalse();
        assertThat(shown(INTEGER, Condition.lessThan("s", 5), "s", "4")).isTrue();
        assertThat(shown(INTEGER, Condition.lessThan("s", 5), "s", "5")).isFalse();
        assertThat(shown(INTEGER, Condition.atMost("s", 5), "s", "5")).isTrue();
        assertThat(shown(INTEGER, Condition.atMost("s", 5), "s", "6")).isFalse();
        assertThat(shown(INTEGER, Condition.greaterThan("s", 5), "s", "6")).isTrue();
        assertThat(shown(INTEGER, Condition.greaterThan("s", 5), "s", "5")).isFalse();
        assertThat(shown(INTEGER, Condition.atLeast("s", 5), "s", "5")).isTrue();
        assertThat(shown(INTEGER, Condition.atLeast("s", 5), "s", "4")).isFalse();
    }

    @Test
    void comparesDecimalsNumericallyWhateverTheirScale() {
        FieldType decimal = new FieldType.DecimalNumber(null, null, 2);
        assertThat(shown(decimal, Condition.equalTo("s", new BigDecimal("12.50")), "s", "12,5")).isTrue();
        assertThat(shown(decimal, Condition.lessThan("s", new BigDecimal("20000")), "s", "19 999,99")).isTrue();
    }

    @Test
    void comparesDates() {
        assertThat(shown(DATE, Condition.lessThan("s", "2020-01-01"), "s", "2019-12-31")).isTrue();
        assertThat(shown(DATE, Condition.greaterThan("s", "2020-01-01"), "s", "2019-12-31")).isFalse();
        assertThat(shown(DATE, Condition.equalTo("s", "2020-01-01"), "s.day", "1", "s.month", "1", "s.year", "2020")).isTrue();
    }

    @Test
    void containsLooksForAnOptionOrForWordsIgnoringCase() {
        FieldType interests = new FieldType.MultipleChoice(INTERESTS);
        assertThat(shown(interests, Condition.contains("s", "musique"), "s", "musique")).isTrue();
        assertThat(shown(interests, Condition.contains("s", "musique"), "s", "sport")).isFalse();
        assertThat(shown(new FieldType.LongText(), Condition.contains("s", "urgent"), "s", "C’est URGENT, merci")).isTrue();
        assertThat(shown(new FieldType.LongText(), Condition.contains("s", "urgent"), "s", "Rien de pressé")).isFalse();
    }

    @Test
    void emptyAndNotEmptyTellWhetherThereIsAnAnswer() {
        assertThat(shown(new FieldType.ShortText(), Condition.isEmpty("s"), "s", "  ")).isTrue();
        assertThat(shown(new FieldType.ShortText(), Condition.isEmpty("s"), "s", "x")).isFalse();
        assertThat(shown(new FieldType.ShortText(), Condition.isNotEmpty("s"), "s", "x")).isTrue();
        assertThat(shown(new FieldType.ShortText(), Condition.isNotEmpty("s"))).isFalse();
    }

    @Test
    void everyComparisonIsFalseWithoutAnAnswerEvenNotEquals() {
        assertThat(shown(INTEGER, Condition.notEqualTo("s", 5))).isFalse();
        assertThat(shown(INTEGER, Condition.lessThan("s", 5))).isFalse();
    }

    @Test
    void anInvalidAnswerCountsAsNoAnswer() {
        assertThat(shown(INTEGER, Condition.isEmpty("s"), "s", "cinq")).isTrue();
        assertThat(shown(INTEGER, Condition.lessThan("s", 10), "s", "cinq")).isFalse();
    }

    @Test
    void comparesChoicesExactlyAndTypedTextIgnoringCase() {
        FieldType meal = new FieldType.SingleChoice(INTERESTS, ChoiceDisplay.RADIOS);
        assertThat(shown(meal, Condition.equalTo("s", "sport"), "s", "sport")).isTrue();
        assertThat(shown(new FieldType.ShortText(), Condition.equalTo("s", "Oui"), "s", "oui")).isTrue();
        assertThat(shown(new FieldType.CivilityChoice(), Condition.equalTo("s", "madame"), "s", "mme")).isTrue();
        assertThat(shown(new FieldType.YesNo(), Condition.equalTo("s", true), "s", "oui")).isTrue();
        assertThat(shown(new FieldType.Checkbox(), Condition.equalTo("s", false))).isTrue();
        assertThat(shown(new FieldType.CommunePicker(), Condition.equalTo("s", "33063"), "s", "Bordeaux")).isTrue();
        assertThat(shown(new FieldType.DepartementPicker(), Condition.notEqualTo("s", "33"), "s", "Gironde")).isFalse();
    }

    @Test
    void combinesConditionsWithNestedAndOr() {
        Condition adultUnderThirtyOrAgedSixtyFive = all(Condition.atLeast("s", 18), any(Condition.lessThan("s", 30), Condition.equalTo("s", 65)));
        assertThat(shown(INTEGER, adultUnderThirtyOrAgedSixtyFive, "s", "20")).isTrue();
        assertThat(shown(INTEGER, adultUnderThirtyOrAgedSixtyFive, "s", "65")).isTrue();
        assertThat(shown(INTEGER, adultUnderThirtyOrAgedSixtyFive, "s", "40")).isFalse();
        assertThat(shown(INTEGER, adultUnderThirtyOrAgedSixtyFive, "s", "10")).isFalse();
    }

    private static final FormDefinition CRECHE = FormDefinition.of(
            Page.of("famille", "Votre famille",
                    Field.of("has_children", "Avez-vous déjà des enfants ?", new FieldType.YesNo()).asRequired(),
                    Field.of("children_count", "Combien ?", new FieldType.IntegerNumber(1L, 10L)).asRequired()
                            .shownWhen(Condition.equalTo("has_children", true)),
                    Field.of("income", "Revenu annuel du foyer", new FieldType.DecimalNumber(null, null, 2))),
            Page.of("aide", "Aide au paiement",
                    Field.of("aid_reason", "Pourquoi demandez-vous une aide ?", new FieldType.LongText()).asRequired())
                    .shownWhen(Condition.lessThan("income", 20_000)));

    @Test
    void dropsTheAnswerToAHiddenFieldWhateverWasSubmitted() {
        ValidationResult result = VALIDATOR.validateForm(CRECHE, answers("has_children", "no", "children_count", "3", "income", "30000"));
        assertThat(result.valid()).isTrue();
        assertThat(result.values().asMap()).containsOnlyKeys("has_children", "income");
    }

    @Test
    void requiresARequiredFieldOnlyWhileItIsShown() {
        ValidationResult shown = VALIDATOR.validateForm(CRECHE, answers("has_children", "yes", "income", "30000"));
        assertThat(shown.errors()).extracting(FieldError::fieldId, FieldError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("children_count", "forms.error.required.text"));
        assertThat(VALIDATOR.validateForm(CRECHE, answers("has_children", "no", "income", "30000")).valid()).isTrue();
    }

    @Test
    void hidesAPageAndDropsItsAnswersWhenItsConditionIsFalse() {
        ValidationResult result = VALIDATOR.validateForm(CRECHE, answers("has_children", "no", "income", "25000", "aid_reason", "…"));
        assertThat(result.visiblePageIds()).containsExactly("famille");
        assertThat(result.valid()).isTrue();
        assertThat(result.values().has("aid_reason")).isFalse();
    }

    @Test
    void showsAPageWhenItsConditionHoldsAndChecksItsFields() {
        ValidationResult result = VALIDATOR.validateForm(CRECHE, answers("has_children", "no", "income", "15000"));
        assertThat(result.visiblePageIds()).containsExactly("famille", "aide");
        assertThat(result.errors()).extracting(FieldError::pageId, FieldError::fieldId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("aide", "aid_reason"));
    }

    @Test
    void validatesOnePageWithConditionsFedByEarlierPages() {
        Answers soFar = answers("has_children", "no", "income", "15000", "aid_reason", "Perte d’emploi");
        ValidationResult page = VALIDATOR.validatePage(CRECHE, "aide", soFar);
        assertThat(page.valid()).isTrue();
        assertThat(page.values().asMap()).isEqualTo(Map.of("aid_reason", "Perte d’emploi"));
        ValidationResult first = VALIDATOR.validatePage(CRECHE, "famille", answers("income", "15000", "aid_reason", ""));
        assertThat(first.errors()).extracting(FieldError::fieldId).containsExactly("has_children");
        assertThat(VALIDATOR.validatePage(CRECHE, "aide", answers("income", "50000")).values().asMap()).isEmpty();
    }

    @Test
    void refusesToValidateAgainstAnInconsistentDefinition() {
        FormDefinition broken = FormTesting.form(Field.of("a", "A", new FieldType.ShortText()).shownWhen(Condition.isEmpty("nope")));
        assertThatThrownBy(() -> VALIDATOR.validateForm(broken, Answers.empty())).isInstanceOf(InvalidDefinitionException.class);
        assertThatThrownBy(() -> VALIDATOR.validatePage(CRECHE, "nope", Answers.empty())).isInstanceOf(IllegalArgumentException.class);
    }
}

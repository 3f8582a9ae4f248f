package org.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.guichet.forms.FormTesting.VALIDATOR;
import static org.guichet.forms.FormTesting.answers;
import static org.guichet.forms.FormTesting.onlyError;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Repeatable blocks: rows keyed {@code block[i].child}, row limits, conditions within a row. */
class RepeatableBlockTest {

    private static final Field CHILDREN = Field.of("children", "Vos enfants", new FieldType.RepeatableBlock(List.of(
            Field.of("first_name", "Prénom", new FieldType.ShortText()).asRequired(),
            Field.of("birth", "Date de naissance", new FieldType.DateInput(null, DateBound.today())).asRequired(),
            Field.of("school", "École", new FieldType.ShortText()).shownWhen(Condition.lessThan("birth", "2023-09-01")),
            Field.of("allergy", "Allergies", new FieldType.ShortText()).shownWhen(Condition.equalTo("canteen", true))),
            1, 3)).asRequired();
    private static final FormDefinition FORM = FormTesting.form(
            Field.of("canteen", "Inscription à la cantine", new FieldType.YesNo()), CHILDREN);

    @Test
    void readsEachRowIntoTypedValues() {
        ValidationResult result = VALIDATOR.validateForm(FORM, answers(
                "children[0].first_name", "Léa", "children[0].birth", "2015-04-02", "children[0].school", "Jean-Jaurès",
                "children[1].first_name", "Tom", "children[1].birth.day", "3", "children[1].birth.month", "6", "children[1].birth.year", "2024"));
        assertThat(result.errors()).isEmpty();
        List<FormValues> rows = result.values().rows("children");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).asMap()).containsEntry("first_name", "Léa").containsEntry("school", "Jean-Jaurès");
        assertThat(rows.get(1).get("birth", LocalDate.class)).contains(LocalDate.of(2024, 6, 3));
    }

    @Test
    void evaluatesConditionsPerRowAndDropsHiddenAnswersOfEachRow() {
        ValidationResult result = VALIDATOR.validateForm(FORM, answers(
                "children[0].first_name", "Tom", "children[0].birth", "2024-06-03", "children[0].school", "Tampered",
                "children[0].allergy", "Arachide"));
        assertThat(result.valid()).isTrue();
        assertThat(result.values().rows("children").getFirst().asMap()).containsOnlyKeys("first_name", "birth");
    }

    @Test
    void letsRowFieldsDependOnFieldsBeforeTheBlock() {
        ValidationResult result = VALIDATOR.validateForm(FORM, answers("canteen", "yes",
                "children[0].first_name", "Tom", "children[0].birth", "2024-06-03", "children[0].allergy", "Arachide"));
        assertThat(result.values().rows("children").getFirst().asMap()).containsEntry("allergy", "Arachide");
    }

    @Test
    void reportsErrorsWithTheRowAndTheInputToFix() {
        ValidationResult result = VALIDATOR.validateForm(FORM, answers(
                "children[0].first_name", "Léa", "children[0].birth", "2015-04-02",
                "children[1].first_name", "Tom", "children[1].birth.day", "30", "children[1].birth.month", "2", "children[1].birth.year", "2024"));
        assertThat(result.errors()).extracting(FieldError::blockId, FieldError::row, FieldError::fieldId, FieldError::inputKey, FieldError::messageKey)
                .containsExactly(tuple("children", 1, "birth", "children[1].birth.day", "forms.error.date.real"));
        assertThat(result.errors().getFirst().args().getFirst()).isEqualTo("Date de naissance");
    }

    @Test
    void requiresAtLeastTheMinimumNumberOfRows() {
        FieldError error = onlyError(VALIDATOR.validateForm(FORM, answers("canteen", "no")));
        assertThat(error.messageKey()).isEqualTo("forms.error.block.tooFew");
        assertThat(error.args()).containsExactly("Vos enfants", 1);
    }

    @Test
    void refusesMoreRowsThanTheMaximum() {
        String[] raw = new String[16];
        for (int i = 0; i < 4; i++) {
            raw[4 * i] = "children[" + i + "].first_name";
            raw[4 * i + 1] = "Enfant " + i;
            raw[4 * i + 2] = "children[" + i + "].birth";
            raw[4 * i + 3] = "2020-01-0" + (i + 1);
        }
        FieldError error = onlyError(VALIDATOR.validateForm(FORM, answers(raw)));
        assertThat(error.messageKey()).isEqualTo("forms.error.block.tooMany");
        assertThat(error.args()).containsExactly("Vos enfants", 3);
    }

    @Test
    void ignoresBlankRowsAndKeepsRowsInIndexOrder() {
        ValidationResult result = VALIDATOR.validateForm(FORM, answers(
                "children[5].first_name", "Zoé", "children[5].birth", "2016-01-01",
                "children[2].first_name", " ", "children[2].birth", "",
                "children[0].first_name", "Léa", "children[0].birth", "2015-04-02"));
        assertThat(result.errors()).isEmpty();
        assertThat(result.values().rows("children")).extracting(row -> row.asMap().get("first_name")).containsExactly("Léa", "Zoé");
    }

    @Test
    void ignoresMalformedOrHugeRowIndices() {
        ValidationResult result = VALIDATOR.validateForm(FORM, answers(
                "children[0].first_name", "Léa", "children[0].birth", "2015-04-02",
                "children[99999999999].first_name", "X", "children[01].first_name", "Y", "children[-1].first_name", "Z",
                "children[1]first_name", "W", "children[x].first_name", "V"));
        assertThat(result.errors()).isEmpty();
        assertThat(result.values().rows("children")).hasSize(1);
    }
}

package org.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guichet.forms.FormTesting.assertHasMessages;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What the studio is told about a definition that cannot be published. */
class DefinitionCheckTest {

    private static Field text(String id) {
        return Field.of(id, "Question " + id, new FieldType.ShortText());
    }

    private static List<DefinitionProblem> problems(Page... pages) {
        List<DefinitionProblem> problems = FormDefinition.of(pages).problems();
        problems.forEach(problem -> assertHasMessages(problem.messageKey()));
        return problems;
    }

    private static List<DefinitionProblem> problems(Field... fields) {
        return problems(Page.of("p", "Page", fields));
    }

    @Test
    void acceptsAConsistentDefinition() {
        assertThat(problems(text("a"), text("b").shownWhen(Condition.isNotEmpty("a")))).isEmpty();
    }

    @Test
    void reportsAConditionOnAnUnknownField() {
        assertThat(problems(text("a").shownWhen(Condition.equalTo("ghost", "x"))))
                .containsExactly(DefinitionProblem.of("/pages/0/fields/0/condition/field", "forms.definition.condition.unknownField", "ghost"));
    }

    @Test
    void reportsAConditionOnAFieldDefinedLater() {
        assertThat(problems(text("a").shownWhen(Condition.isEmpty("b")), text("b")))
                .containsExactly(DefinitionProblem.of("/pages/0/fields/0/condition/field", "forms.definition.condition.forward", "b"));
    }

    @Test
    void reportsAConditionOnTheFieldItself() {
        assertThat(problems(text("a").shownWhen(Condition.isEmpty("a"))))
                .extracting(DefinitionProblem::messageKey).containsExactly("forms.definition.condition.self");
    }

    @Test
    void reportsConditionsThatFormALoop() {
        List<DefinitionProblem> problems = problems(
                text("a").shownWhen(Condition.isEmpty("c")),
                text("b").shownWhen(Condition.isEmpty("a")),
                text("c").shownWhen(Condition.isEmpty("b")));
        assertThat(problems).containsExactly(
                DefinitionProblem.of("/pages/0/fields/0/condition/field", "forms.definition.condition.cycle", "a → c → b → a"));
    }

    @Test
    void reportsAPageConditionOnAFieldOfTheSamePage() {
        Page page = Page.of("p", "Page", text("a")).shownWhen(Condition.isEmpty("a"));
        assertThat(problems(page)).extracting(DefinitionProblem::path, DefinitionProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/pages/0/condition/field", "forms.definition.condition.cycle"));
    }

    @Test
    void reportsAPageConditionOnALaterPage() {
        List<DefinitionProblem> problems = problems(
                Page.of("p1", "Un", text("a")).shownWhen(Condition.isEmpty("b")),
                Page.of("p2", "Deux", text("b")));
        assertThat(problems).extracting(DefinitionProblem::messageKey).containsExactly("forms.definition.condition.pageForward");
    }

    @Test
    void reportsOperatorsThatDoNotFitTheFieldType() {
        assertThat(problems(text("a"), text("b").shownWhen(Condition.lessThan("a", 3))))
                .containsExactly(DefinitionProblem.of("/pages/0/fields/1/condition/op", "forms.definition.condition.operator", "lt", "a"));
        Field choices = Field.of("m", "Choix", new FieldType.MultipleChoice(List.of(new Option("x", "X"))));
        assertThat(problems(choices, text("b").shownWhen(Condition.equalTo("m", "x"))))
                .extracting(DefinitionProblem::messageKey).containsExactly("forms.definition.condition.operator");
        Field title = Field.of("t", "Titre", new FieldType.SectionTitle());
        assertThat(problems(title, text("b").shownWhen(Condition.isEmpty("t"))))
                .extracting(DefinitionProblem::messageKey).containsExactly("forms.definition.condition.notAnInput");
    }

    @Test
    void reportsLiteralsThatDoNotFitTheFieldType() {
        Field age = Field.of("age", "Âge", new FieldType.IntegerNumber(null, null));
        Field meal = Field.of("meal", "Repas", new FieldType.SingleChoice(List.of(new Option("standard", "Standard")), null));
        Field date = Field.of("date", "Date", new FieldType.DateInput(null, null));
        List<DefinitionProblem> problems = problems(age, meal, date,
                text("a").shownWhen(Condition.equalTo("age", "dix-huit")),
                text("b").shownWhen(Condition.equalTo("meal", "halal")),
                text("c").shownWhen(Condition.lessThan("date", "demain")),
                text("d").shownWhen(Condition.greaterThan("age", null)),
                text("e").shownWhen(new Condition.Comparison("age", Condition.Operator.EMPTY, 3)));
        assertThat(problems).extracting(DefinitionProblem::messageKey).containsExactly(
                "forms.definition.condition.value.number", "forms.definition.condition.value.option",
                "forms.definition.condition.value.date", "forms.definition.condition.value.missing",
                "forms.definition.condition.value.unexpected");
    }

    @Test
    void reportsUsesOfRepeatableBlockFieldsFromOutsideTheBlock() {
        Field block = Field.of("children", "Enfants", new FieldType.RepeatableBlock(List.of(text("first_name"),
                text("school").shownWhen(Condition.isNotEmpty("first_name")),
                text("nickname").shownWhen(Condition.isNotEmpty("children"))), 0, 5));
        List<DefinitionProblem> problems = problems(block, text("after").shownWhen(Condition.isEmpty("first_name")),
                text("count").shownWhen(Condition.isNotEmpty("children")));
        assertThat(problems).extracting(DefinitionProblem::messageKey).containsExactly(
                "forms.definition.condition.enclosingBlock", "forms.definition.condition.blockChild");
    }

    @Test
    void reportsEmptyGroupsAndTooDeepNesting() {
        Condition deep = Condition.isNotEmpty("a");
        for (int i = 0; i < Limits.MAX_CONDITION_DEPTH; i++) {
            deep = Condition.all(deep);
        }
        assertThat(problems(text("a"), text("b").shownWhen(new Condition.Any(List.of())), text("c").shownWhen(deep)))
                .extracting(DefinitionProblem::messageKey)
                .containsExactly("forms.definition.condition.empty", "forms.definition.condition.depth");
    }

    @Test
    void reportsInvalidAndDuplicateIdentifiers() {
        List<DefinitionProblem> problems = problems(text("Nom"), text("a"), text("a"), text("2b"));
        assertThat(problems).extracting(DefinitionProblem::path, DefinitionProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/pages/0/fields/0/id", "forms.definition.id.invalid"),
                org.assertj.core.groups.Tuple.tuple("/pages/0/fields/2/id", "forms.definition.id.duplicate"),
                org.assertj.core.groups.Tuple.tuple("/pages/0/fields/3/id", "forms.definition.id.invalid"));
    }

    @Test
    void reportsSettingsThatContradictEachOtherOrThePlatformLimits() {
        List<DefinitionProblem> problems = problems(
                Field.of("a", "A", new FieldType.ShortText(0)),
                Field.of("b", "B", new FieldType.IntegerNumber(10L, 1L)),
                Field.of("c", "C", new FieldType.PatternText("([a-z]", "Format attendu : abc", 50)),
                Field.of("d", "D", new FieldType.SingleChoice(List.of(new Option("x", "X"), new Option("x", "Y")), null)),
                Field.of("e", "E", new FieldType.Attachment(1, Limits.MAX_FILE_SIZE_BYTES + 1, List.of("pdf"))),
                Field.of("f", "F", new FieldType.RepeatableBlock(List.of(text("g")), 3, 2)),
                Field.of("h", "H", new FieldType.SectionTitle()).asRequired(),
                Field.of("i", " ", new FieldType.YesNo()),
                Field.of("j", "J", new FieldType.MultipleChoice(List.of())),
                Field.of("k", "K", new FieldType.DecimalNumber(null, null, 11)));
        assertThat(problems).extracting(DefinitionProblem::messageKey).containsExactly(
                "forms.definition.maxLength.range", "forms.definition.bounds.inverted", "forms.definition.pattern.invalid",
                "forms.definition.option.duplicate", "forms.definition.attachment.maxSize", "forms.definition.attachment.type",
                "forms.definition.block.rows", "forms.definition.required.displayOnly", "forms.definition.text.blank",
                "forms.definition.options.empty", "forms.definition.scale.range");
    }

    @Test
    void reportsDateLimitsSoFarOffThatDateArithmeticWouldOverflow() {
        List<DefinitionProblem> problems = problems(
                Field.of("a", "A", new FieldType.DateInput(DateBound.parse("today-P999999999Y"), null)),
                Field.of("b", "B", new FieldType.DateTimeInput(null, DateBound.on(java.time.LocalDate.of(99999, 1, 1)))),
                Field.of("c", "C", new FieldType.DateInput(DateBound.parse("today-P120Y"), DateBound.parse("2100-12-31"))));
        assertThat(problems).extracting(DefinitionProblem::path, DefinitionProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/pages/0/fields/0/min", "forms.definition.dateBound.range"),
                org.assertj.core.groups.Tuple.tuple("/pages/0/fields/1/max", "forms.definition.dateBound.range"));
    }

    @Test
    void reportsRepeatableBlocksInsideRepeatableBlocks() {
        Field inner = Field.of("inner", "Intérieur", new FieldType.RepeatableBlock(List.of(text("x")), 0, 2));
        Field outer = Field.of("outer", "Extérieur", new FieldType.RepeatableBlock(List.of(inner), 0, 2));
        assertThat(problems(outer)).extracting(DefinitionProblem::messageKey).containsExactly("forms.definition.block.nested");
    }

    @Test
    void reportsAnEmptyFormAndAnUnsupportedFormatVersion() {
        assertThat(new FormDefinition(2, List.of(Page.of("p", "P", text("a")))).problems())
                .extracting(DefinitionProblem::messageKey).containsExactly("forms.definition.schemaVersion.unsupported");
        assertThat(FormDefinition.of().problems()).extracting(DefinitionProblem::messageKey).containsExactly("forms.definition.pages.empty");
    }
}

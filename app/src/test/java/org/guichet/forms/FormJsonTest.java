package org.guichet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/** The JSON format: round trips, the published JSON Schema, and imports that must be refused with reasons. */
class FormJsonTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(FormJsonTest.class.getResourceAsStream("/" + FormJson.SCHEMA_RESOURCE));

    static String resource(String path) {
        try (InputStream in = FormJsonTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Error> schemaErrors(String json) {
        return SCHEMA.validate(json, InputFormat.JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"inscription-creche", "permis-terrasse"})
    void examplesFollowThePublishedSchema(String example) {
        assertThat(schemaErrors(resource("/forms/examples/" + example + ".json"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"inscription-creche", "permis-terrasse"})
    void roundTripsExamplesUnchanged(String example) {
        String json = resource("/forms/examples/" + example + ".json");
        FormImport imported = FormJson.read(json);
        assertThat(imported.problems()).isEmpty();
        String written = FormJson.write(imported.definition());
        assertThat(JSON.readTree(written)).isEqualTo(JSON.readTree(json));
        assertThat(FormJson.read(written).definition()).isEqualTo(imported.definition());
    }

    @Test
    void examplesUseEveryFieldType() {
        java.util.Set<Class<?>> used = new java.util.HashSet<>();
        for (String example : List.of("inscription-creche", "permis-terrasse")) {
            FormJson.read(resource("/forms/examples/" + example + ".json")).definition().allFields()
                    .forEach(field -> used.add(field.type().getClass()));
        }
        assertThat(used).containsExactlyInAnyOrder(FieldType.class.getPermittedSubclasses());
    }

    @Test
    void writesDefinitionsBuiltInCodeThatFollowTheSchemaAndReadBackEqual() {
        FormDefinition definition = FormDefinition.of(Page.of("p", "Page",
                Field.of("a", "A", new FieldType.SingleChoice(List.of(new Option("x", "X")), ChoiceDisplay.LIST)).withHint("Aide"),
                Field.of("b", "B", new FieldType.DecimalNumber(new BigDecimal("-1.5"), null, 3)),
                Field.of("c", "C", new FieldType.Attachment(5, 1024, List.of("text/csv")))
                        .shownWhen(Condition.any(Condition.equalTo("a", "x"), Condition.isEmpty("b"), Condition.atMost("b", new BigDecimal("2.25")))),
                Field.of("d", "D", new FieldType.RepeatableBlock(List.of(Field.of("e", "E", new FieldType.Checkbox()).asRequired()), 2, 7)),
                Field.of("f", "F", new FieldType.DateInput(DateBound.relativeToToday(java.time.Period.ofDays(-30)), null))),
                Page.of("q", "Suite", Field.of("g", "G", new FieldType.LongText(500)))
                        .shownWhen(Condition.all(Condition.isNotEmpty("a"), Condition.notEqualTo("a", "x"))));
        String json = FormJson.write(definition);
        assertThat(schemaErrors(json)).isEmpty();
        assertThat(FormJson.read(json).definition()).isEqualTo(definition);
    }

    @Test
    void refusesUnknownPropertiesNamingThem() {
        String json = """
                {"schemaVersion": 1, "pages": [{"id": "p", "title": "P", "fields": [
                  {"id": "nom", "type": "short_text", "label": "Nom", "maxlength": 50}]}]}""";
        assertThat(schemaErrors(json)).isNotEmpty();
        assertThat(FormJson.read(json).problems())
                .containsExactly(DefinitionProblem.of("/pages/0/fields/0/maxlength", "forms.definition.json.unknownProperty", "maxlength"));
    }

    @Test
    void refusesUnknownFieldTypesAndMissingOrMistypedProperties() {
        String json = """
                {"schemaVersion": 1, "pages": [{"id": "p", "title": "P", "fields": [
                  {"id": "sig", "type": "signature", "label": "Signature"},
                  {"id": "nom", "type": "short_text"},
                  {"id": "ok", "type": "yes_no", "label": "OK ?", "required": "oui"}]}]}""";
        assertThat(schemaErrors(json)).isNotEmpty();
        assertThat(FormJson.read(json).problems()).containsExactly(
                DefinitionProblem.of("/pages/0/fields/0/type", "forms.definition.json.fieldType", "signature"),
                DefinitionProblem.of("/pages/0/fields/1", "forms.definition.json.missing", "label"),
                DefinitionProblem.of("/pages/0/fields/2/required", "forms.definition.json.type", "boolean"));
    }

    @Test
    void refusesConditionsWithUnknownOperatorsOrMissingValues() {
        String json = """
                {"schemaVersion": 1, "pages": [{"id": "p", "title": "P", "fields": [
                  {"id": "a", "type": "short_text", "label": "A"},
                  {"id": "b", "type": "short_text", "label": "B", "condition": {"field": "a", "op": "like", "value": "x"}},
                  {"id": "c", "type": "short_text", "label": "C", "condition": {"field": "a", "op": "eq"}}]}]}""";
        assertThat(schemaErrors(json)).isNotEmpty();
        assertThat(FormJson.read(json).problems())
                .containsExactly(DefinitionProblem.of("/pages/0/fields/1/condition/op", "forms.definition.json.operator", "like"));
        String fixed = json.replace("\"like\"", "\"eq\"");
        assertThat(FormJson.read(fixed).problems())
                .containsExactly(DefinitionProblem.of("/pages/0/fields/2/condition/value", "forms.definition.condition.value.missing", "eq"));
    }

    @Test
    void refusesDefinitionsThatAreWellFormedButInconsistent() {
        String json = """
                {"schemaVersion": 1, "pages": [{"id": "p", "title": "P", "fields": [
                  {"id": "a", "type": "short_text", "label": "A", "condition": {"field": "b", "op": "not_empty"}},
                  {"id": "b", "type": "pattern", "label": "B", "pattern": "[", "errorMessage": "Format"}]}]}""";
        FormImport imported = FormJson.read(json);
        assertThat(imported.ok()).isFalse();
        assertThat(imported.problems()).extracting(DefinitionProblem::path, DefinitionProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("/pages/0/fields/1/pattern", "forms.definition.pattern.invalid"),
                org.assertj.core.groups.Tuple.tuple("/pages/0/fields/0/condition/field", "forms.definition.condition.forward"));
    }

    @Test
    void refusesAnotherFormatVersion() {
        String json = "{\"schemaVersion\": 2, \"pages\": []}";
        assertThat(schemaErrors(json)).isNotEmpty();
        assertThat(FormJson.read(json).problems())
                .containsExactly(DefinitionProblem.of("/schemaVersion", "forms.definition.schemaVersion.unsupported", 2L));
    }

    @Test
    void reportsMalformedJsonWithItsPositionInsteadOfThrowing() {
        FormImport imported = FormJson.read("{\n  \"schemaVersion\": 1,\n  \"pages\": [\n}");
        assertThat(imported.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.messageKey()).isEqualTo("forms.definition.json.syntax");
            assertThat(problem.args().getFirst()).isEqualTo(4);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "null", "[]", "42", "\"form\"", "{} {}", "{\"schemaVersion\": 1, \"schemaVersion\": 1, \"pages\": []}"})
    void refusesDocumentsThatAreNotADefinitionObject(String json) {
        FormImport imported = FormJson.read(json);
        assertThat(imported.ok()).isFalse();
        assertThat(imported.problems()).isNotEmpty();
        imported.problems().forEach(problem -> FormTesting.assertHasMessages(problem.messageKey()));
    }

    @Test
    void refusesDeeplyNestedAndOversizedDocumentsWithoutExhaustingTheServer() {
        assertThat(FormJson.read("[".repeat(100_000)).problems()).extracting(DefinitionProblem::messageKey)
                .containsExactly("forms.definition.json.syntax");
        assertThat(FormJson.read(" ".repeat(3_000_000)).problems()).extracting(DefinitionProblem::messageKey)
                .containsExactly("forms.definition.json.tooLarge");
    }
}

package org.guichet.forms.internal;

import java.util.List;
import org.guichet.forms.FieldType;

/** The JSON names of the field types; they are part of the published format and never change. */
final class FieldTypeNames {

    static final List<String> ALL = List.of(
            "section_title", "explanation", "short_text", "long_text", "integer", "decimal", "date", "datetime",
            "email", "phone", "yes_no", "checkbox", "single_choice", "multiple_choice", "linked_choice", "civilite",
            "address", "commune", "departement", "region", "siret", "siren", "nir", "iban", "pattern", "attachment",
            "repeatable_block");

    private FieldTypeNames() {}

    static String of(FieldType type) {
        return switch (type) {
            case FieldType.SectionTitle t -> "section_title";
            case FieldType.Explanation t -> "explanation";
            case FieldType.ShortText t -> "short_text";
            case FieldType.LongText t -> "long_text";
            case FieldType.IntegerNumber t -> "integer";
            case FieldType.DecimalNumber t -> "decimal";
            case FieldType.DateInput t -> "date";
            case FieldType.DateTimeInput t -> "datetime";
            case FieldType.EmailAddress t -> "email";
            case FieldType.PhoneNumber t -> "phone";
            case FieldType.YesNo t -> "yes_no";
            case FieldType.Checkbox t -> "checkbox";
            case FieldType.SingleChoice t -> "single_choice";
            case FieldType.MultipleChoice t -> "multiple_choice";
            case FieldType.LinkedChoice t -> "linked_choice";
            case FieldType.CivilityChoice t -> "civilite";
            case FieldType.PostalAddressInput t -> "address";
            case FieldType.CommunePicker t -> "commune";
            case FieldType.DepartementPicker t -> "departement";
            case FieldType.RegionPicker t -> "region";
            case FieldType.Siret t -> "siret";
            case FieldType.Siren t -> "siren";
            case FieldType.Nir t -> "nir";
            case FieldType.Iban t -> "iban";
            case FieldType.PatternText t -> "pattern";
            case FieldType.Attachment t -> "attachment";
            case FieldType.RepeatableBlock t -> "repeatable_block";
        };
    }
}

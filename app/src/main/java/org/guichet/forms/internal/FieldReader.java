package org.guichet.forms.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.guichet.forms.Field;
import org.guichet.forms.FieldType;
import org.guichet.forms.FrenchGeography;

/** Reads one field's raw answer into a typed value, by field type. Repeatable blocks are the engine's. */
final class FieldReader {

    private final Clock clock;
    private final FrenchGeography geography;

    FieldReader(Clock clock, FrenchGeography geography) {
        this.clock = clock;
        this.geography = geography;
    }

    Outcome read(Field field, RawInput in) {
        String id = field.id();
        return switch (field.type()) {
            case FieldType.ShortText t -> TextReaders.text(in.first(id), t.maxLength(), false);
            case FieldType.LongText t -> TextReaders.text(in.first(id), t.maxLength(), true);
            case FieldType.PatternText t -> TextReaders.pattern(in.first(id), t);
            case FieldType.EmailAddress t -> TextReaders.email(in.first(id));
            case FieldType.PhoneNumber t -> TextReaders.phone(in.first(id));
            case FieldType.IntegerNumber t -> NumberReaders.integer(in.first(id), t);
            case FieldType.DecimalNumber t -> NumberReaders.decimal(in.first(id), t);
            case FieldType.DateInput t -> DateReaders.date(in, id, t.min(), t.max(), today());
            case FieldType.DateTimeInput t -> DateReaders.dateTime(in, id, t.min(), t.max(), today());
            case FieldType.YesNo t -> ChoiceReaders.yesNo(in.first(id));
            case FieldType.Checkbox t -> ChoiceReaders.checkbox(in.first(id));
            case FieldType.SingleChoice t -> ChoiceReaders.single(in.first(id), t.options());
            case FieldType.MultipleChoice t -> ChoiceReaders.multiple(in.values(id), t.options());
            case FieldType.LinkedChoice t -> ChoiceReaders.linked(in.first(id + ".parent"), in.first(id + ".child"), t);
            case FieldType.CivilityChoice t -> ChoiceReaders.civility(in.first(id));
            case FieldType.Siret t -> IdentifierReaders.siret(in.first(id));
            case FieldType.Siren t -> IdentifierReaders.siren(in.first(id));
            case FieldType.Nir t -> IdentifierReaders.nir(in.first(id));
            case FieldType.Iban t -> IdentifierReaders.iban(in.first(id));
            case FieldType.PostalAddressInput t -> GeoReaders.address(in, id, geography);
            case FieldType.CommunePicker t -> GeoReaders.commune(in.first(id), geography);
            case FieldType.DepartementPicker t -> GeoReaders.departement(in.first(id), geography);
            case FieldType.RegionPicker t -> GeoReaders.region(in.first(id), geography);
            case FieldType.Attachment t -> AttachmentReader.read(in.files(id), t);
            case FieldType.RepeatableBlock t -> throw new IllegalArgumentException("Blocks are read row by row");
            case FieldType.SectionTitle t -> Outcome.EMPTY;
            case FieldType.Explanation t -> Outcome.EMPTY;
        };
    }

    /** The message and the input to point at when a required field is not answered. */
    static Outcome.Problem missing(FieldType type) {
        return switch (type) {
            case FieldType.YesNo t -> missing("", "forms.error.required.choice");
            case FieldType.SingleChoice t -> missing("", "forms.error.required.choice");
            case FieldType.MultipleChoice t -> missing("", "forms.error.required.choice");
            case FieldType.CivilityChoice t -> missing("", "forms.error.required.choice");
            case FieldType.LinkedChoice t -> missing(".parent", "forms.error.required.choice");
            case FieldType.Checkbox t -> missing("", "forms.error.required.checkbox");
            case FieldType.Attachment t -> missing("", "forms.error.required.file");
            case FieldType.DateInput t -> missing(".day", "forms.error.required.date");
            case FieldType.DateTimeInput t -> missing(".day", "forms.error.required.date");
            case FieldType.PostalAddressInput t -> missing(".street", "forms.error.required.address");
            default -> missing("", "forms.error.required.text");
        };
    }

    private static Outcome.Problem missing(String suffix, String key) {
        return new Outcome.Problem(suffix, key, java.util.List.of());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

package org.guichet.procedure.internal.studio;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.guichet.forms.ChoiceDisplay;
import org.guichet.forms.DateBound;
import org.guichet.forms.Field;
import org.guichet.forms.FieldType;
import org.guichet.forms.FieldType.*;
import org.guichet.forms.LinkedOption;
import org.guichet.forms.Option;
import org.springframework.validation.Errors;

/**
 * Translates between a field type and the studio's text inputs. Input that cannot be read (a word where
 * a number is expected) is rejected here; settings that can be read but do not fit together are left
 * to the form engine's own checks, so both say the same thing.
 */
final class FieldSettings {

    /** The type names of the published format, in the order the studio offers them. */
    static final List<String> TYPES = List.of("short_text", "long_text", "integer", "decimal", "date", "datetime",
            "email", "phone", "yes_no", "checkbox", "single_choice", "multiple_choice", "linked_choice", "civilite",
            "address", "commune", "departement", "region", "siret", "siren", "nir", "iban", "pattern", "attachment",
            "repeatable_block", "section_title", "explanation");

    private static final long MB = 1024 * 1024;

    private FieldSettings() {}

    /** A new field's type with its default settings; null for an unknown name. */
    static FieldType create(String name) {
        return switch (name == null ? "" : name) {
            case "short_text" -> new ShortText();
            case "long_text" -> new LongText();
            case "integer" -> new IntegerNumber(null, null);
            case "decimal" -> new DecimalNumber(null, null, DecimalNumber.DEFAULT_SCALE);
            case "date" -> new DateInput(null, null);
            case "datetime" -> new DateTimeInput(null, null);
            case "email" -> new EmailAddress();
            case "phone" -> new PhoneNumber();
            case "yes_no" -> new YesNo();
            case "checkbox" -> new Checkbox();
            case "single_choice" -> new SingleChoice(List.of(), ChoiceDisplay.AUTO);
            case "multiple_choice" -> new MultipleChoice(List.of());
            case "linked_choice" -> new LinkedChoice(List.of());
            case "civilite" -> new CivilityChoice();
            case "address" -> new PostalAddressInput();
            case "commune" -> new CommunePicker();
            case "departement" -> new DepartementPicker();
            case "region" -> new RegionPicker();
            case "siret" -> new Siret();
            case "siren" -> new Siren();
            case "nir" -> new Nir();
            case "iban" -> new Iban();
            case "pattern" -> new PatternText("", "", PatternText.DEFAULT_MAX_LENGTH);
            case "attachment" -> new Attachment();
            case "repeatable_block" -> new RepeatableBlock(List.of(), 0, RepeatableBlock.DEFAULT_MAX_ROWS);
            case "section_title" -> new SectionTitle();
            case "explanation" -> new Explanation("");
            default -> null;
        };
    }

    static String name(FieldType type) {
        return TYPES.stream().filter(n -> create(n).getClass() == type.getClass()).findFirst().orElseThrow();
    }

    static FieldForm toForm(Field field) {
        FieldForm f = new FieldForm();
        f.setLabel(field.label());
        f.setHint(field.hint() == null ? "" : field.hint());
        f.setRequired(field.required());
        switch (field.type()) {
            case Explanation t -> f.setText(t.text());
            case ShortText t -> f.setMaxLength(String.valueOf(t.maxLength()));
            case LongText t -> f.setMaxLength(String.valueOf(t.maxLength()));
            case IntegerNumber t -> bounds(f, t.min(), t.max());
            case DecimalNumber t -> {
                bounds(f, t.min() == null ? null : t.min().toPlainString(), t.max() == null ? null : t.max().toPlainString());
                f.setScale(String.valueOf(t.scale()));
            }
            case DateInput t -> bounds(f, t.min(), t.max());
            case DateTimeInput t -> bounds(f, t.min(), t.max());
            case SingleChoice t -> {
                f.setOptions(OptionLines.write(t.options()));
                f.setDisplay(t.display().name());
            }
            case MultipleChoice t -> f.setOptions(OptionLines.write(t.options()));
            case LinkedChoice t -> f.setOptions(OptionLines.writeLinked(t.options()));
            case PatternText t -> {
                f.setPattern(t.pattern());
                f.setErrorMessage(t.errorMessage());
                f.setMaxLength(String.valueOf(t.maxLength()));
            }
            case Attachment t -> {
                f.setMaxFiles(String.valueOf(t.maxFiles()));
                f.setMaxSizeMb(BigDecimal.valueOf(t.maxSizeBytes()).divide(BigDecimal.valueOf(MB)).stripTrailingZeros().toPlainString());
                f.setAllowedTypes(String.join("\n", t.allowedTypes()));
            }
            case RepeatableBlock t -> {
                f.setMinRows(String.valueOf(t.minRows()));
                f.setMaxRows(String.valueOf(t.maxRows()));
            }
            default -> { }
        }
        return f;
    }

    /** The type with the settings typed in; errors name the inputs that could not be read. */
    static FieldType toType(FieldForm f, FieldType current, Errors errors) {
        Numbers n = new Numbers(errors);
        return switch (current) {
            case Explanation t -> new Explanation(f.getText().strip());
            case ShortText t -> new ShortText(n.integer("maxLength", f.getMaxLength(), ShortText.DEFAULT_MAX_LENGTH));
            case LongText t -> new LongText(n.integer("maxLength", f.getMaxLength(), LongText.DEFAULT_MAX_LENGTH));
            case IntegerNumber t -> new IntegerNumber(n.whole("min", f.getMin()), n.whole("max", f.getMax()));
            case DecimalNumber t -> new DecimalNumber(n.decimal("min", f.getMin()), n.decimal("max", f.getMax()),
                    n.integer("scale", f.getScale(), DecimalNumber.DEFAULT_SCALE));
            case DateInput t -> new DateInput(n.date("min", f.getMin()), n.date("max", f.getMax()));
            case DateTimeInput t -> new DateTimeInput(n.date("min", f.getMin()), n.date("max", f.getMax()));
            case SingleChoice t -> new SingleChoice(OptionLines.read(f.getOptions()), display(f.getDisplay()));
            case MultipleChoice t -> new MultipleChoice(OptionLines.read(f.getOptions()));
            case LinkedChoice t -> new LinkedChoice(OptionLines.readLinked(f.getOptions()));
            case PatternText t -> new PatternText(f.getPattern().strip(), f.getErrorMessage().strip(),
                    n.integer("maxLength", f.getMaxLength(), PatternText.DEFAULT_MAX_LENGTH));
            case Attachment t -> new Attachment(n.integer("maxFiles", f.getMaxFiles(), 1),
                    n.megabytes("maxSizeMb", f.getMaxSizeMb(), Attachment.DEFAULT_MAX_SIZE_BYTES), types(f.getAllowedTypes()));
            case RepeatableBlock t -> new RepeatableBlock(t.fields(), n.integer("minRows", f.getMinRows(), 0),
                    n.integer("maxRows", f.getMaxRows(), RepeatableBlock.DEFAULT_MAX_ROWS));
            default -> current;
        };
    }

    /** The studio input that shows a setting, from the last part of a problem's JSON Pointer. */
    static String input(String setting) {
        return switch (setting) {
            case "maxSizeBytes" -> "maxSizeMb";
            case "label", "hint", "required", "text", "maxLength", "min", "max", "scale", "options", "pattern",
                    "errorMessage", "maxFiles", "allowedTypes", "minRows", "maxRows" -> setting;
            default -> null;
        };
    }

    private static void bounds(FieldForm f, Object min, Object max) {
        f.setMin(min == null ? "" : min.toString());
        f.setMax(max == null ? "" : max.toString());
    }

    private static ChoiceDisplay display(String value) {
        return Arrays.stream(ChoiceDisplay.values()).filter(d -> d.name().equals(value)).findFirst().orElse(ChoiceDisplay.AUTO);
    }

    private static List<String> types(String text) {
        List<String> types = new ArrayList<>();
        for (String t : text.split("[\\s,;]+")) {
            if (!t.isBlank()) {
                types.add(t.strip().toLowerCase(java.util.Locale.ROOT));
            }
        }
        return types;
    }

    /** Reads numbers typed in the studio, rejecting what is not one with a message that says what to type. */
    private record Numbers(Errors errors) {

        int integer(String field, String text, int blank) {
            Long value = whole(field, text);
            if (value == null) {
                return blank;
            }
            if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
                errors.rejectValue(field, "studio.field.number");
                return blank;
            }
            return value.intValue();
        }

        Long whole(String field, String text) {
            if (text.isBlank()) {
                return null;
            }
            try {
                return Long.parseLong(text.strip().replace(" ", ""));
            } catch (NumberFormatException e) {
                errors.rejectValue(field, "studio.field.number");
                return null;
            }
        }

        BigDecimal decimal(String field, String text) {
            if (text.isBlank()) {
                return null;
            }
            try {
                return new BigDecimal(text.strip().replace(" ", "").replace(',', '.'));
            } catch (NumberFormatException e) {
                errors.rejectValue(field, "studio.field.decimal");
                return null;
            }
        }

        long megabytes(String field, String text, long blank) {
            BigDecimal mb = decimal(field, text);
            if (mb == null) {
                return blank;
            }
            if (mb.signum() <= 0 || mb.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                errors.rejectValue(field, "studio.field.megabytes");
                return blank;
            }
            return mb.multiply(BigDecimal.valueOf(MB)).longValue();
        }

        DateBound date(String field, String text) {
            if (text.isBlank()) {
                return null;
            }
            try {
                return DateBound.parse(text.strip());
            } catch (IllegalArgumentException e) {
                errors.rejectValue(field, "studio.field.dateBound");
                return null;
            }
        }
    }
}

package org.guichet.forms.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.guichet.forms.DateBound;
import org.guichet.forms.FieldType;
import org.guichet.forms.FieldType.Attachment;
import org.guichet.forms.FieldType.DateInput;
import org.guichet.forms.FieldType.DateTimeInput;
import org.guichet.forms.FieldType.DecimalNumber;
import org.guichet.forms.FieldType.Explanation;
import org.guichet.forms.FieldType.IntegerNumber;
import org.guichet.forms.FieldType.LinkedChoice;
import org.guichet.forms.FieldType.LongText;
import org.guichet.forms.FieldType.MultipleChoice;
import org.guichet.forms.FieldType.PatternText;
import org.guichet.forms.FieldType.RepeatableBlock;
import org.guichet.forms.FieldType.ShortText;
import org.guichet.forms.FieldType.SingleChoice;
import org.guichet.forms.Limits;
import org.guichet.forms.LinkedOption;
import org.guichet.forms.Option;

/** Checks the settings of each field type against each other and against the platform {@link Limits}. */
final class FieldTypeChecker {

    /** Receives problems; the pointer is a JSON Pointer. */
    interface Reporter {
        void problem(String pointer, String key, Object... args);
    }

    // Any fixed day works to compare two bounds relative to today: both move together.
    private static final LocalDate SOME_DAY = LocalDate.of(2000, 1, 1);

    private FieldTypeChecker() {}

    static void check(FieldType type, String pointer, Reporter reporter) {
        switch (type) {
            case Explanation e -> text(e.text(), pointer + "/text", Limits.MAX_EXPLANATION_LENGTH, reporter);
            case ShortText t -> maxLength(t.maxLength(), Limits.MAX_SHORT_TEXT_LENGTH, pointer, reporter);
            case LongText t -> maxLength(t.maxLength(), Limits.MAX_LONG_TEXT_LENGTH, pointer, reporter);
            case IntegerNumber n -> {
                if (n.min() != null && n.max() != null && n.min() > n.max()) {
                    reporter.problem(pointer + "/min", "forms.definition.bounds.inverted");
                }
            }
            case DecimalNumber n -> {
                if (n.scale() < 0 || n.scale() > Limits.MAX_SCALE) {
                    reporter.problem(pointer + "/scale", "forms.definition.scale.range", Limits.MAX_SCALE);
                }
                if (n.min() != null && n.max() != null && n.min().compareTo(n.max()) > 0) {
                    reporter.problem(pointer + "/min", "forms.definition.bounds.inverted");
                }
            }
            case DateInput d -> dateBounds(d.min(), d.max(), pointer, reporter);
            case DateTimeInput d -> dateBounds(d.min(), d.max(), pointer, reporter);
            case SingleChoice c -> options(c.options(), pointer + "/options", reporter);
            case MultipleChoice c -> options(c.options(), pointer + "/options", reporter);
            case LinkedChoice c -> linkedOptions(c.options(), pointer + "/options", reporter);
            case PatternText p -> pattern(p, pointer, reporter);
            case Attachment a -> attachment(a, pointer, reporter);
            case RepeatableBlock b -> {
                if (b.fields().isEmpty()) {
                    reporter.problem(pointer + "/fields", "forms.definition.block.empty");
                }
                if (b.minRows() < 0 || b.maxRows() < 1 || b.minRows() > b.maxRows() || b.maxRows() > Limits.MAX_ROWS) {
                    reporter.problem(pointer + "/maxRows", "forms.definition.block.rows", Limits.MAX_ROWS);
                }
            }
            default -> {
                // The other types have no settings.
            }
        }
    }

    private static void maxLength(int maxLength, int limit, String pointer, Reporter reporter) {
        if (maxLength < 1 || maxLength > limit) {
            reporter.problem(pointer + "/maxLength", "forms.definition.maxLength.range", limit);
        }
    }

    private static void text(String text, String pointer, int maxLength, Reporter reporter) {
        if (text == null || text.isBlank()) {
            reporter.problem(pointer, "forms.definition.text.blank");
        } else if (text.length() > maxLength) {
            reporter.problem(pointer, "forms.definition.text.tooLong", maxLength);
        }
    }

    private static void dateBounds(DateBound min, DateBound max, String pointer, Reporter reporter) {
        // An extreme bound would overflow date arithmetic while validating answers.
        boolean minOk = reasonable(min);
        boolean maxOk = reasonable(max);
        if (!minOk) {
            reporter.problem(pointer + "/min", "forms.definition.dateBound.range", Limits.MIN_DATE_YEAR,
                    Limits.MAX_DATE_YEAR, Limits.MAX_RELATIVE_DATE_YEARS);
        }
        if (!maxOk) {
            reporter.problem(pointer + "/max", "forms.definition.dateBound.range", Limits.MIN_DATE_YEAR,
                    Limits.MAX_DATE_YEAR, Limits.MAX_RELATIVE_DATE_YEARS);
        }
        if (!minOk || !maxOk) {
            return;
        }
        boolean comparable = min != null && max != null && (min.fixed() == null) == (max.fixed() == null);
        if (comparable && min.resolve(SOME_DAY).isAfter(max.resolve(SOME_DAY))) {
            reporter.problem(pointer + "/min", "forms.definition.bounds.inverted");
        }
    }

    private static boolean reasonable(DateBound bound) {
        if (bound == null) {
            return true;
        }
        if (bound.fixed() != null) {
            int year = bound.fixed().getYear();
            return year >= Limits.MIN_DATE_YEAR && year <= Limits.MAX_DATE_YEAR;
        }
        Period offset = bound.fromToday();
        long years = Limits.MAX_RELATIVE_DATE_YEARS;
        return Math.abs((long) offset.getYears()) <= years && Math.abs((long) offset.getMonths()) <= years * 12
                && Math.abs((long) offset.getDays()) <= years * 366;
    }

    private static void options(List<Option> options, String pointer, Reporter reporter) {
        if (options.isEmpty()) {
            reporter.problem(pointer, "forms.definition.options.empty");
        }
        if (options.size() > Limits.MAX_OPTIONS) {
            reporter.problem(pointer, "forms.definition.options.tooMany", Limits.MAX_OPTIONS);
        }
        Set<String> values = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            Option option = options.get(i);
            option(option.value(), option.label(), pointer + "/" + i, values, reporter);
        }
    }

    private static void linkedOptions(List<LinkedOption> options, String pointer, Reporter reporter) {
        if (options.isEmpty()) {
            reporter.problem(pointer, "forms.definition.options.empty");
        }
        if (options.size() > Limits.MAX_OPTIONS) {
            reporter.problem(pointer, "forms.definition.options.tooMany", Limits.MAX_OPTIONS);
        }
        Set<String> values = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
            LinkedOption option = options.get(i);
            option(option.value(), option.label(), pointer + "/" + i, values, reporter);
            options(option.children(), pointer + "/" + i + "/children", reporter);
        }
    }

    private static void option(String value, String label, String pointer, Set<String> values, Reporter reporter) {
        if (value == null || value.isBlank() || value.length() > Limits.MAX_OPTION_VALUE_LENGTH || !value.equals(value.strip())) {
            reporter.problem(pointer + "/value", "forms.definition.option.value", Limits.MAX_OPTION_VALUE_LENGTH);
        } else if (!values.add(value)) {
            reporter.problem(pointer + "/value", "forms.definition.option.duplicate", value);
        }
        text(label, pointer + "/label", Limits.MAX_LABEL_LENGTH, reporter);
    }

    private static void pattern(PatternText p, String pointer, Reporter reporter) {
        if (p.pattern() == null || p.pattern().isEmpty()) {
            reporter.problem(pointer + "/pattern", "forms.definition.text.blank");
        } else if (p.pattern().length() > Limits.MAX_PATTERN_LENGTH) {
            reporter.problem(pointer + "/pattern", "forms.definition.text.tooLong", Limits.MAX_PATTERN_LENGTH);
        } else {
            String error = DefinitionChecker.patternError(p.pattern());
            if (error != null) {
                reporter.problem(pointer + "/pattern", "forms.definition.pattern.invalid", error);
            }
        }
        text(p.errorMessage(), pointer + "/errorMessage", Limits.MAX_LABEL_LENGTH, reporter);
        maxLength(p.maxLength(), Limits.MAX_SHORT_TEXT_LENGTH, pointer, reporter);
    }

    private static void attachment(Attachment a, String pointer, Reporter reporter) {
        if (a.maxFiles() < 1 || a.maxFiles() > Limits.MAX_FILES) {
            reporter.problem(pointer + "/maxFiles", "forms.definition.attachment.maxFiles", Limits.MAX_FILES);
        }
        if (a.maxSizeBytes() < 1 || a.maxSizeBytes() > Limits.MAX_FILE_SIZE_BYTES) {
            reporter.problem(pointer + "/maxSizeBytes", "forms.definition.attachment.maxSize",
                    Limits.MAX_FILE_SIZE_BYTES / (1024 * 1024));
        }
        if (a.allowedTypes().isEmpty()) {
            reporter.problem(pointer + "/allowedTypes", "forms.definition.attachment.types.empty");
        }
        for (int i = 0; i < a.allowedTypes().size(); i++) {
            if (!DefinitionChecker.isMimeType(a.allowedTypes().get(i))) {
                reporter.problem(pointer + "/allowedTypes/" + i, "forms.definition.attachment.type",
                        String.valueOf(a.allowedTypes().get(i)));
            }
        }
    }
}

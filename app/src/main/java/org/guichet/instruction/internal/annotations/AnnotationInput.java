package org.guichet.instruction.internal.annotations;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.guichet.instruction.AnnotationField;
import org.guichet.instruction.AnnotationValue;
import org.springframework.context.MessageSource;

/**
 * Reads the annotations form: each field's input, checked against its type and turned into the
 * stored canonical text. The inputs are named {@code f-<field id>} (dates: {@code -day},
 * {@code -month}, {@code -year}); errors are keyed by the id of the input to focus.
 */
final class AnnotationInput {

    static final int MAX_SHORT = 200;
    static final int MAX_LONG = 5000;

    /** Canonical values by field, errors by input id, and what was typed (to show the form again). */
    record Result(Map<UUID, String> values, Map<String, String> errors, Map<String, String> typed) {}

    private AnnotationInput() {}

    static Result read(List<AnnotationField> fields, HttpServletRequest request, MessageSource text, Locale locale) {
        Map<UUID, String> values = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> typed = new LinkedHashMap<>();
        for (AnnotationField field : fields) {
            String name = "f-" + field.id();
            if (field.type() == org.guichet.instruction.AnnotationType.DATE) {
                String day = param(request, name + "-day");
                String month = param(request, name + "-month");
                String year = param(request, name + "-year");
                typed.put(name + "-day", day);
                typed.put(name + "-month", month);
                typed.put(name + "-year", year);
                if (day.isEmpty() && month.isEmpty() && year.isEmpty()) {
                    values.put(field.id(), "");
                } else {
                    try {
                        values.put(field.id(), LocalDate.of(Integer.parseInt(year), Integer.parseInt(month),
                                Integer.parseInt(day)).toString());
                    } catch (NumberFormatException | DateTimeException e) {
                        errors.put(name + "-day", text.getMessage("annotations.error.date", new Object[] {field.label()}, locale));
                    }
                }
                continue;
            }
            String raw = param(request, name);
            typed.put(name, raw);
            String canonical = canonical(field, raw);
            if (canonical == null) {
                errors.put(name, text.getMessage("annotations.error." + field.type().name(),
                        new Object[] {field.label(), field.type().name().equals("SHORT_TEXT") ? MAX_SHORT : MAX_LONG}, locale));
            } else {
                values.put(field.id(), canonical);
            }
        }
        return new Result(values, errors, typed);
    }

    /** The stored text for what was typed, or null when it does not fit the field. */
    static String canonical(AnnotationField field, String raw) {
        if (raw.isEmpty()) {
            return "";
        }
        return switch (field.type()) {
            case SHORT_TEXT -> raw.length() <= MAX_SHORT ? raw : null;
            case LONG_TEXT -> raw.length() <= MAX_LONG ? raw : null;
            case YES_NO -> raw.equals("true") || raw.equals("false") ? raw : null;
            case SINGLE_CHOICE -> field.options().contains(raw) ? raw : null;
            case NUMBER -> number(raw);
            case DATE -> throw new IllegalArgumentException("dates have three inputs");
        };
    }

    /** "1 250,50" and "1250.5" are the same number; anything else, or absurdly long, is refused. */
    private static String number(String raw) {
        String compact = raw.replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace(',', '.');
        if (compact.length() > 30 || !compact.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(compact).stripTrailingZeros().toPlainString();
    }

    /** The inputs of a form showing the stored values. */
    static Map<String, String> typedFrom(List<AnnotationField> fields, Map<UUID, AnnotationValue> stored) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (AnnotationField field : fields) {
            String name = "f-" + field.id();
            String value = stored.containsKey(field.id()) ? stored.get(field.id()).value() : "";
            if (field.type() == org.guichet.instruction.AnnotationType.DATE && !value.isEmpty()) {
                LocalDate date = LocalDate.parse(value);
                typed.put(name + "-day", String.valueOf(date.getDayOfMonth()));
                typed.put(name + "-month", String.valueOf(date.getMonthValue()));
                typed.put(name + "-year", String.valueOf(date.getYear()));
            } else {
                typed.put(name, value);
            }
        }
        return typed;
    }

    private static String param(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }
}

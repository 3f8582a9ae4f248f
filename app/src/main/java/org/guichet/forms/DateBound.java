package org.guichet.forms;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * An inclusive limit of a date field: a fixed date, or a date relative to the day of validation (in the
 * validator's clock zone), so "not in the future" is {@code max = today} and "aged 18 or more" is
 * {@code max = today-P18Y}.
 *
 * <p>Written as {@code 2007-03-27}, {@code today}, {@code today+P30D} or {@code today-P18Y} (ISO periods).
 */
public record DateBound(LocalDate fixed, Period fromToday) {

    public DateBound {
        if ((fixed == null) == (fromToday == null)) {
            throw new IllegalArgumentException("A date bound is either fixed or relative to today");
        }
    }

    public static DateBound on(LocalDate date) {
        return new DateBound(Objects.requireNonNull(date), null);
    }

    public static DateBound today() {
        return new DateBound(null, Period.ZERO);
    }

    public static DateBound relativeToToday(Period offset) {
        return new DateBound(null, Objects.requireNonNull(offset));
    }

    /**
     * Reads the written form.
     *
     * @throws IllegalArgumentException when the text is none of the accepted forms
     */
    public static DateBound parse(String text) {
        try {
            if (text.equals("today")) {
                return today();
            }
            if (text.startsWith("today+")) {
                return relativeToToday(Period.parse(text.substring("today+".length())));
            }
            if (text.startsWith("today-")) {
                return relativeToToday(Period.parse(text.substring("today-".length())).negated());
            }
            return on(LocalDate.parse(text));
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException("Not a date bound: " + text, e);
        }
    }

    /** Whether the bound is exactly the day of validation ("not in the future" / "not in the past"). */
    public boolean isToday() {
        return Period.ZERO.equals(fromToday);
    }

    /** The limit for a given day of validation. */
    public LocalDate resolve(LocalDate today) {
        return fixed != null ? fixed : today.plus(fromToday);
    }

    /** The written form, which {@link #parse(String)} reads back. */
    @Override
    public String toString() {
        if (fixed != null) {
            return fixed.toString();
        }
        if (fromToday.isZero()) {
            return "today";
        }
        boolean past = fromToday.getYears() <= 0 && fromToday.getMonths() <= 0 && fromToday.getDays() <= 0;
        return past ? "today-" + fromToday.negated() : "today+" + fromToday;
    }
}

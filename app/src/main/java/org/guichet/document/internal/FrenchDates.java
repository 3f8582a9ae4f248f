package org.guichet.document.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates and times as French administrative letters write them: "mardi 1er décembre 2026",
 * "9 h 05", with no-break spaces so that a line never breaks inside them.
 */
public final class FrenchDates {

    static final char NO_BREAK_SPACE = '\u00a0';
    private static final DateTimeFormatter WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.FRENCH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private FrenchDates() {}

    /** The day, in full: "lundi 23 novembre 2026"; the first of the month is written "1er". */
    public static String date(LocalDate date) {
        String day = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
        return WEEKDAY.format(date) + NO_BREAK_SPACE + day + NO_BREAK_SPACE + MONTH_YEAR.format(date).replace(' ', NO_BREAK_SPACE);
    }

    /** The wall-clock time in {@code zone}: "14 h 05". */
    public static String time(Instant instant, ZoneId zone) {
        ZonedDateTime local = instant.atZone(zone);
        return local.getHour() + "" + NO_BREAK_SPACE + "h" + NO_BREAK_SPACE + "%02d".formatted(local.getMinute());
    }

    /** The calendar day of {@code instant} in {@code zone}, which may differ from the day in UTC. */
    public static String date(Instant instant, ZoneId zone) {
        return date(instant.atZone(zone).toLocalDate());
    }
}

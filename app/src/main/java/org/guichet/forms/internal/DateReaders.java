package org.guichet.forms.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guichet.forms.DateBound;

/**
 * Dates in GOV.UK's day / month / year inputs (a month may be a name: "mars", "March", "févr."), or whole
 * ({@code 2007-03-27}, {@code 27/03/2007}); date-times add an hour ({@code 14:30}, {@code 14h30}).
 */
final class DateReaders {

    private static final Pattern DAY = Pattern.compile("\\d{1,2}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern FRENCH_DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})\\s*(?:[:hH.]\\s*(\\d{2})?)?");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final String[] MONTHS = {
        "janvier january", "fevrier february", "mars march", "avril april", "mai may", "juin june",
        "juillet july", "aout august", "septembre september", "octobre october", "novembre november",
        "decembre december"};

    /** A date read from the inputs: the date, or why there is none ({@link Outcome#EMPTY} when blank). */
    private record Parsed(LocalDate date, Outcome failure, String suffix) {}

    private DateReaders() {}

    static Outcome date(RawInput in, String id, DateBound min, DateBound max, LocalDate today) {
        Parsed parsed = parse(in, id);
        if (parsed.date() == null) {
            return parsed.failure();
        }
        Outcome bounds = bounds(parsed.date(), min, max, today, parsed.suffix());
        return bounds != null ? bounds : Outcome.of(parsed.date());
    }

    static Outcome dateTime(RawInput in, String id, DateBound min, DateBound max, LocalDate today) {
        String whole = in.first(id);
        String time = in.first(id + ".time");
        if (!Texts.isBlank(whole) && whole.length() <= 30 && Texts.isBlank(time)) {
            try {
                LocalDateTime value = LocalDateTime.parse(whole.strip());
                Outcome bounds = bounds(value.toLocalDate(), min, max, today, "");
                return bounds != null ? bounds : Outcome.of(value);
            } catch (DateTimeException e) {
                // Not ISO: read below as a date, which reports what is wrong.
            }
        }
        Parsed parsed = parse(in, id);
        if (parsed.date() == null) {
            boolean blank = parsed.failure() == Outcome.EMPTY;
            return blank && !Texts.isBlank(time) ? Outcome.error(".day", "forms.error.required.date") : parsed.failure();
        }
        if (Texts.isBlank(time)) {
            return Outcome.error(".time", "forms.error.time.missing");
        }
        Matcher matcher = TIME.matcher(time.length() > 20 ? "" : time.strip());
        int hour = matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
        int minute = matcher.matches() && matcher.group(2) != null ? Integer.parseInt(matcher.group(2)) : 0;
        if (hour < 0 || hour > 23 || minute > 59) {
            return Outcome.error(".time", "forms.error.time.invalid");
        }
        Outcome bounds = bounds(parsed.date(), min, max, today, parsed.suffix());
        return bounds != null ? bounds : Outcome.of(parsed.date().atTime(LocalTime.of(hour, minute)));
    }

    private static Parsed parse(RawInput in, String id) {
        String day = strip(in.first(id + ".day"));
        String month = strip(in.first(id + ".month"));
        String year = strip(in.first(id + ".year"));
        if (day == null && month == null && year == null) {
            String whole = strip(in.first(id));
            return whole == null ? new Parsed(null, Outcome.EMPTY, "") : parseWhole(whole);
        }
        List<String> missing = new ArrayList<>();
        if (day == null) {
            missing.add("day");
        }
        if (month == null) {
            missing.add("month");
        }
        if (year == null) {
            missing.add("year");
        }
        if (!missing.isEmpty()) {
            String key = "forms.error.date.missing." + missing.getFirst()
                    + (missing.size() == 2 ? capitalised(missing.getLast()) : "");
            return new Parsed(null, Outcome.error("." + missing.getFirst(), key), "");
        }
        Integer monthNumber = month(month);
        if (!DAY.matcher(day).matches() || monthNumber == null || !NUMBER.matcher(year).matches()) {
            return new Parsed(null, Outcome.error(".day", "forms.error.date.real"), "");
        }
        if (!YEAR.matcher(year).matches()) {
            return new Parsed(null, Outcome.error(".year", "forms.error.date.year"), "");
        }
        return of(Integer.parseInt(year), monthNumber, Integer.parseInt(day), ".day");
    }

    private static Parsed parseWhole(String whole) {
        Matcher french = FRENCH_DATE.matcher(whole);
        if (french.matches()) {
            return of(Integer.parseInt(french.group(3)), Integer.parseInt(french.group(2)),
                    Integer.parseInt(french.group(1)), "");
        }
        try {
            return new Parsed(LocalDate.parse(whole), null, "");
        } catch (DateTimeException e) {
            return new Parsed(null, Outcome.error("", "forms.error.date.real"), "");
        }
    }

    private static Parsed of(int year, int month, int day, String suffix) {
        try {
            return new Parsed(LocalDate.of(year, month, day), null, suffix);
        } catch (DateTimeException e) {
            return new Parsed(null, Outcome.error(suffix, "forms.error.date.real"), suffix);
        }
    }

    /** A month number, or a month name or abbreviation in French or English (three letters at least). */
    private static Integer month(String text) {
        if (NUMBER.matcher(text).matches()) {
            return text.length() <= 2 ? Integer.parseInt(text) : null;
        }
        String folded = Texts.fold(text).replace(" ", "");
        Integer found = null;
        for (int i = 0; i < MONTHS.length && folded.length() >= 3; i++) {
            for (String name : MONTHS[i].split(" ")) {
                if (name.startsWith(folded)) {
                    if (found != null && found != i + 1) {
                        return null;
                    }
                    found = i + 1;
                }
            }
        }
        return found;
    }

    private static Outcome bounds(LocalDate date, DateBound min, DateBound max, LocalDate today, String suffix) {
        if (min != null && date.isBefore(min.resolve(today))) {
            return min.isToday() ? Outcome.error(suffix, "forms.error.date.notPast")
                    : Outcome.error(suffix, "forms.error.date.tooEarly", SHOWN.format(min.resolve(today)));
        }
        if (max != null && date.isAfter(max.resolve(today))) {
            return max.isToday() ? Outcome.error(suffix, "forms.error.date.notFuture")
                    : Outcome.error(suffix, "forms.error.date.tooLate", SHOWN.format(max.resolve(today)));
        }
        return null;
    }

    private static String strip(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        // No date part is long; a long one is simply not a date, without cleaning megabytes.
        return raw.length() > 40 ? "?" : Texts.clean(raw, false);
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}

package org.guichet.instruction.internal.correction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.validation.Errors;

/** What an agent types to ask for a correction: a message, what is missing (one per line), a date. */
public class CorrectionForm {

    static final int MESSAGE_MAX = 5000;
    static final int ITEMS_MAX = 50;
    static final int ITEM_MAX = 300;

    private String message = "";
    private String missing = "";
    private String dueDay = "";
    private String dueMonth = "";
    private String dueYear = "";
    private int version;

    /** A valid request, once {@link #validate} found no error. */
    record Checked(String message, List<String> missing, LocalDate dueOn) {}

    Checked validate(Errors errors, LocalDate today) {
        message = message.strip();
        if (message.isEmpty()) {
            errors.rejectValue("message", "deadlines.correction.message.required");
        } else if (message.length() > MESSAGE_MAX) {
            errors.rejectValue("message", "deadlines.correction.message.tooLong");
        }
        List<String> items = Arrays.stream(missing.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (items.isEmpty()) {
            errors.rejectValue("missing", "deadlines.correction.missing.required");
        } else if (items.size() > ITEMS_MAX || items.stream().anyMatch(s -> s.length() > ITEM_MAX)) {
            errors.rejectValue("missing", "deadlines.correction.missing.tooLong");
        }
        LocalDate dueOn = dueOn();
        if (dueOn == null) {
            errors.rejectValue("dueDay", "deadlines.correction.due.invalid");
        } else if (!dueOn.isAfter(today)) {
            errors.rejectValue("dueDay", "deadlines.correction.due.past");
        } else if (dueOn.isAfter(today.plusYears(1))) {
            errors.rejectValue("dueDay", "deadlines.correction.due.tooFar");
        }
        return new Checked(message, items, dueOn);
    }

    private LocalDate dueOn() {
        try {
            return LocalDate.of(Integer.parseInt(dueYear.strip()), Integer.parseInt(dueMonth.strip()),
                    Integer.parseInt(dueDay.strip()));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    private static String bounded(String value) {
        if (value == null) {
            return "";
        }
        // Far above any limit: keeps a hostile post from filling memory while staying visible as too long.
        return value.length() > 20_000 ? value.substring(0, 20_000) : value;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = bounded(message);
    }

    public String getMissing() {
        return missing;
    }

    public void setMissing(String missing) {
        this.missing = bounded(missing);
    }

    public String getDueDay() {
        return dueDay;
    }

    public void setDueDay(String dueDay) {
        this.dueDay = bounded(dueDay);
    }

    public String getDueMonth() {
        return dueMonth;
    }

    public void setDueMonth(String dueMonth) {
        this.dueMonth = bounded(dueMonth);
    }

    public String getDueYear() {
        return dueYear;
    }

    public void setDueYear(String dueYear) {
        this.dueYear = bounded(dueYear);
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}

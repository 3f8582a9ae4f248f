package org.guichet.instruction.internal.journal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.guichet.tenancy.CurrentTenant;
import org.guichet.tenancy.Tenant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit trail for the tenant's administrators (the URL rules require ADMINISTRATEUR): who did
 * what, when, to what, from which address. Filters are a GET form, so they work without JavaScript
 * and a filtered page can be bookmarked. There is no way to change the trail here, and the database
 * refuses any change anyway.
 */
@Controller
class JournalController {

    private static final int FILTER_MAX = 254;

    private final JournalQuery journal;

    JournalController(JournalQuery journal) {
        this.journal = journal;
    }

    @GetMapping("/agent/administration/journal")
    String journal(@RequestParam(required = false) String action, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String target, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String before,
            HttpServletRequest request, Model model) {
        ZoneId zone = CurrentTenant.of(request).map(Tenant::timeZone).orElse(ZoneId.of("Europe/Paris"));
        List<String> problems = new ArrayList<>();
        LocalDate fromDay = day(from, "from", problems);
        LocalDate toDay = day(to, "to", problems);
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            problems.add("to.beforeFrom");
        }
        Long beforeId = cursor(before);
        model.addAttribute("action", clean(action));
        model.addAttribute("actor", clean(actor));
        model.addAttribute("target", clean(target));
        model.addAttribute("from", from == null ? "" : from.strip());
        model.addAttribute("to", to == null ? "" : to.strip());
        model.addAttribute("problems", problems);
        model.addAttribute("zone", zone);
        if (!problems.isEmpty()) {
            model.addAttribute("entries", List.of());
            return "instruction/journal";
        }
        List<JournalQuery.Entry> found = journal.find(new JournalQuery.Filter(blankToNull(action), blankToNull(actor),
                blankToNull(target), fromDay == null ? null : fromDay.atStartOfDay(zone).toInstant(),
                toDay == null ? null : toDay.plusDays(1).atStartOfDay(zone).toInstant(), beforeId));
        boolean more = found.size() > JournalQuery.PAGE_SIZE;
        List<JournalQuery.Entry> entries = more ? found.subList(0, JournalQuery.PAGE_SIZE) : found;
        model.addAttribute("entries", entries);
        model.addAttribute("olderThan", more ? entries.getLast().id() : null);
        return "instruction/journal";
    }

    private static LocalDate day(String text, String field, List<String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(field + ".invalid");
            return null;
        }
    }

    private static Long cursor(String before) {
        try {
            return before == null || before.isBlank() ? null : Long.valueOf(before.strip());
        } catch (NumberFormatException e) {
            // A mangled page link shows the newest entries rather than an error.
            return null;
        }
    }

    private static String clean(String value) {
        if (value == null) {
            return "";
        }
        String stripped = value.strip();
        return stripped.length() > FILTER_MAX ? stripped.substring(0, FILTER_MAX) : stripped;
    }

    private static String blankToNull(String value) {
        String cleaned = clean(value);
        return cleaned.isEmpty() ? null : cleaned;
    }
}

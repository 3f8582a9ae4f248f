package org.guichet.instruction.internal.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.guichet.dossier.DossierState;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the agent asked the inbox for, read from the query string. Nothing in it can fail the page:
 * a malformed date or id gives an error message saying how to fix it and is left out; an unknown
 * tab, sort or page cursor falls back to the default.
 *
 * @param raw the parameters as typed, to show them back in the form and keep them in links
 * @param errors message keys by parameter name, in the form's order
 */
public record InboxFilter(InboxTab tab, UUID procedureId, DossierState state, LocalDate submittedFrom, LocalDate submittedTo,
        LocalDate updatedFrom, LocalDate updatedTo, UUID labelId, Assignee assignee, Deadline deadline, String query,
        InboxSort sort, Cursor cursor, Map<String, String> raw, Map<String, String> errors) {

    static final int MAX_QUERY_LENGTH = 200;
    static final List<String> NAMES = List.of("q", "demarche", "etat", "depot-du", "depot-au", "maj-du", "maj-au",
            "etiquette", "instructeur", "echeance", "tri", "onglet");

    /** The assignee filter: nobody, or one agent. */
    public record Assignee(boolean nobody, UUID accountId) {}

    public enum Deadline { NEAR, PASSED }

    /** The last row of the previous page, in the page's order. */
    public record Cursor(Instant at, UUID id) {
        String encode() {
            return at + "~" + id;
        }

        static Optional<Cursor> decode(String value) {
            if (value == null) {
                return Optional.empty();
            }
            int tilde = value.indexOf('~');
            try {
                return Optional.of(new Cursor(Instant.parse(value.substring(0, tilde)), UUID.fromString(value.substring(tilde + 1))));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
    }

    static InboxFilter parse(MultiValueMap<String, String> params) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (String name : NAMES) {
            String value = params.getFirst(name);
            if (value != null && !value.isBlank()) {
                raw.put(name, value.strip());
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String query = raw.get("q");
        if (query != null && query.length() > MAX_QUERY_LENGTH) {
            query = query.substring(0, MAX_QUERY_LENGTH);
        }
        String assigneeValue = raw.get("instructeur");
        Assignee assignee = assigneeValue == null ? null : "aucun".equals(assigneeValue) ? new Assignee(true, null)
                : Optional.ofNullable(id(raw, "instructeur", "inbox.error.assignee", errors)).map(a -> new Assignee(false, a)).orElse(null);
        return new InboxFilter(InboxTab.of(raw.get("onglet")).orElse(InboxTab.ALL),
                id(raw, "demarche", "inbox.error.procedure", errors), state(raw, errors),
                date(raw, "depot-du", errors), date(raw, "depot-au", errors),
                date(raw, "maj-du", errors), date(raw, "maj-au", errors),
                id(raw, "etiquette", "inbox.error.label", errors), assignee, deadline(raw, errors), query,
                InboxSort.of(raw.get("tri")).orElse(InboxSort.UPDATED_DESC),
                Cursor.decode(params.getFirst("apres")).orElse(null), Map.copyOf(raw), errors);
    }

    /** This inbox with some parameters changed (null removes one), always from the first page. */
    public String link(String... namesAndValues) {
        Map<String, String> next = new LinkedHashMap<>(raw);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                next.remove(namesAndValues[i]);
            } else {
                next.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/agent/dossiers");
        next.forEach(uri::queryParam);
        return uri.encode().build().toUriString();
    }

    /** The next page after {@code last}, with the same tab, filters and order. */
    public String nextPage(Cursor last) {
        return link() + (raw.isEmpty() ? "?" : "&") + "apres=" + java.net.URLEncoder.encode(last.encode(), java.nio.charset.StandardCharsets.UTF_8);
    }

    public String value(String name) {
        return raw.getOrDefault(name, "");
    }

    private static UUID id(Map<String, String> raw, String name, String error, Map<String, String> errors) {
        String value = raw.get(name);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            errors.put(name, error);
            return null;
        }
    }

    private static LocalDate date(Map<String, String> raw, String name, Map<String, String> errors) {
        String value = raw.get(name);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(name, "inbox.error.date");
            return null;
        }
    }

    private static DossierState state(Map<String, String> raw, Map<String, String> errors) {
        String value = raw.get("etat");
        if (value == null) {
            return null;
        }
        try {
            DossierState state = DossierState.valueOf(value.toUpperCase(java.util.Locale.ROOT));
            if (state != DossierState.BROUILLON) {
                return state;
            }
        } catch (IllegalArgumentException e) {
            // Reported below, like a draft: agents never see drafts.
        }
        errors.put("etat", "inbox.error.state");
        return null;
    }

    private static Deadline deadline(Map<String, String> raw, Map<String, String> errors) {
        String value = raw.get("echeance");
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "proche" -> Deadline.NEAR;
            case "depassee" -> Deadline.PASSED;
            default -> {
                errors.put("echeance", "inbox.error.deadline");
                yield null;
            }
        };
    }
}

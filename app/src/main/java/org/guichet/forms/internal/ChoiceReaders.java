package org.guichet.forms.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.guichet.forms.Civility;
import org.guichet.forms.FieldType.LinkedChoice;
import org.guichet.forms.LinkedAnswer;
import org.guichet.forms.LinkedOption;
import org.guichet.forms.Option;

/**
 * Answers chosen from a list. A value that is not one of the options is refused: it can only come from a
 * tampered or outdated form, and must never be stored.
 */
final class ChoiceReaders {

    private static final int LONGEST_CHOICE = 1_000;

    private ChoiceReaders() {}

    static Outcome yesNo(String raw) {
        String text = token(raw);
        if (text == null) {
            return Outcome.EMPTY;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "yes", "oui", "true" -> Outcome.of(Boolean.TRUE);
            case "no", "non", "false" -> Outcome.of(Boolean.FALSE);
            default -> invalid("");
        };
    }

    /** An unticked checkbox submits nothing, so no value means false. */
    static Outcome checkbox(String raw) {
        String text = token(raw);
        if (text == null) {
            return Outcome.of(Boolean.FALSE);
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "oui", "1" -> Outcome.of(Boolean.TRUE);
            case "false", "off", "no", "non", "0" -> Outcome.of(Boolean.FALSE);
            default -> invalid("");
        };
    }

    static Outcome single(String raw, List<Option> options) {
        String text = token(raw);
        if (text == null) {
            return Outcome.EMPTY;
        }
        return options.stream().anyMatch(option -> option.value().equals(text)) ? Outcome.of(text) : invalid("");
    }

    static Outcome multiple(List<String> raws, List<Option> options) {
        Set<String> offered = new HashSet<>();
        options.forEach(option -> offered.add(option.value()));
        Set<String> chosen = new HashSet<>();
        for (String raw : raws) {
            String text = token(raw);
            if (text == null) {
                continue;
            }
            if (!offered.contains(text)) {
                return invalid("");
            }
            chosen.add(text);
        }
        List<String> inOrder = options.stream().map(Option::value).filter(chosen::contains).toList();
        return inOrder.isEmpty() ? Outcome.EMPTY : Outcome.of(inOrder);
    }

    static Outcome linked(String parentRaw, String childRaw, LinkedChoice field) {
        String parent = token(parentRaw);
        String child = token(childRaw);
        if (parent == null) {
            return child == null ? Outcome.EMPTY : invalid(".parent");
        }
        Optional<LinkedOption> option = field.options().stream().filter(o -> o.value().equals(parent)).findFirst();
        if (option.isEmpty()) {
            return invalid(".parent");
        }
        if (child == null) {
            return Outcome.error(".child", "forms.error.linked.child");
        }
        boolean offered = option.get().children().stream().anyMatch(o -> o.value().equals(child));
        return offered ? Outcome.of(new LinkedAnswer(parent, child)) : invalid(".child");
    }

    static Outcome civility(String raw) {
        String text = token(raw);
        if (text == null) {
            return Outcome.EMPTY;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "madame", "mme" -> Outcome.of(Civility.MADAME);
            case "monsieur", "m", "m.", "mr" -> Outcome.of(Civility.MONSIEUR);
            default -> invalid("");
        };
    }

    private static String token(String raw) {
        if (raw == null) {
            return null;
        }
        // Longer than any option value: not worth cleaning, and never an option.
        return raw.length() > LONGEST_CHOICE ? "\u0000" : Texts.clean(raw, false);
    }

    private static Outcome invalid(String suffix) {
        return Outcome.error(suffix, "forms.error.choice.invalid");
    }
}

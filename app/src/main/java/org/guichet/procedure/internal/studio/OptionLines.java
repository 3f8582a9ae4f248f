package org.guichet.procedure.internal.studio;

import java.util.ArrayList;
import java.util.List;
import org.guichet.forms.LinkedOption;
import org.guichet.forms.Option;

/**
 * Options of a choice typed one per line, {@code value|label} or just the label (the value is then
 * made from it). For a linked choice, a line starting with a hyphen is a second-level option of the
 * line above it.
 */
final class OptionLines {

    private OptionLines() {}

    static List<Option> read(String text) {
        List<Option> options = new ArrayList<>();
        for (String line : text.split("\\R")) {
            if (!line.isBlank()) {
                options.add(option(line));
            }
        }
        return options;
    }

    static List<LinkedOption> readLinked(String text) {
        List<LinkedOption> parents = new ArrayList<>();
        List<Option> children = new ArrayList<>();
        Option parent = null;
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            if (line.strip().startsWith("-") && parent != null) {
                children.add(option(line.strip().substring(1)));
            } else {
                if (parent != null) {
                    parents.add(new LinkedOption(parent.value(), parent.label(), children));
                }
                parent = option(line);
                children = new ArrayList<>();
            }
        }
        if (parent != null) {
            parents.add(new LinkedOption(parent.value(), parent.label(), children));
        }
        return parents;
    }

    static String write(List<Option> options) {
        StringBuilder text = new StringBuilder();
        options.forEach(o -> text.append(o.value()).append('|').append(o.label()).append('\n'));
        return text.toString().strip();
    }

    static String writeLinked(List<LinkedOption> options) {
        StringBuilder text = new StringBuilder();
        for (LinkedOption o : options) {
            text.append(o.value()).append('|').append(o.label()).append('\n');
            o.children().forEach(c -> text.append("- ").append(c.value()).append('|').append(c.label()).append('\n'));
        }
        return text.toString().strip();
    }

    private static Option option(String line) {
        int bar = line.indexOf('|');
        if (bar >= 0) {
            return new Option(line.substring(0, bar).strip(), line.substring(bar + 1).strip());
        }
        String label = line.strip();
        String value = Texts.identifier(label).replaceFirst("^champ_", "");
        return new Option(value.isEmpty() ? label : value, label);
    }
}

package org.guichet.instruction.internal.routing;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.guichet.forms.Answers;
import org.guichet.forms.Commune;
import org.guichet.forms.Field;
import org.guichet.forms.FieldType;
import org.guichet.forms.FormDefinition;
import org.guichet.forms.FrenchGeography;

/**
 * Which routing rule a dossier's answers match. An answer is read as every value a rule may name:
 * a commune answer as its INSEE code and its département's code, an address as its postcode,
 * commune and département, a département as its code, anything else as typed. Comparison ignores
 * case and surrounding spaces. Pure: no database.
 */
final class RuleMatcher {

    private final FrenchGeography geography;

    RuleMatcher(FrenchGeography geography) {
        this.geography = geography;
    }

    /** The first rule (in the given order) the answers match. */
    Optional<RoutingGroup.Rule> firstMatch(List<RoutingGroup.Rule> rules, FormDefinition form, Answers answers) {
        return rules.stream().filter(r -> keys(form, answers, r.fieldId()).contains(normalise(r.value()))).findFirst();
    }

    /** The values an answer can be routed on. */
    Set<String> keys(FormDefinition form, Answers answers, String fieldId) {
        Set<String> keys = new LinkedHashSet<>();
        Optional<Field> field = form.field(fieldId);
        if (field.isEmpty()) {
            return keys;
        }
        switch (field.get().type()) {
            case FieldType.CommunePicker c -> commune(first(answers, fieldId), null).ifPresent(commune -> addCommune(keys, commune));
            case FieldType.DepartementPicker d -> departement(first(answers, fieldId)).ifPresent(keys::add);
            case FieldType.PostalAddressInput a -> {
                String postcode = first(answers, fieldId + ".postcode").strip();
                if (!postcode.isEmpty()) {
                    keys.add(postcode);
                }
                commune(first(answers, fieldId + ".commune"), postcode).ifPresent(commune -> addCommune(keys, commune));
            }
            default -> answers.values(fieldId).forEach(v -> keys.add(normalise(v)));
        }
        keys.remove("");
        return keys;
    }

    private static void addCommune(Set<String> keys, Commune commune) {
        keys.add(normalise(commune.code()));
        keys.add(normalise(commune.departementCode()));
    }

    /** A commune typed as an INSEE code or a name, optionally with its postcode or département in the text. */
    private Optional<Commune> commune(String raw, String postcode) {
        String value = raw.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<Commune> byCode = geography.commune(value.toUpperCase(Locale.ROOT));
        if (byCode.isPresent()) {
            return byCode;
        }
        String name = value.replaceAll("\\s*\\(.*\\)\\s*$", "");
        String hint = value.length() > name.length() ? value.substring(name.length()).replaceAll("[^0-9AB]", "") : postcode;
        List<Commune> candidates = geography.communesNamed(name).stream()
                .filter(c -> hint == null || hint.isEmpty() || c.postcodes().contains(hint) || c.departementCode().equals(hint))
                .toList();
        return candidates.size() == 1 ? Optional.of(candidates.getFirst()) : Optional.empty();
    }

    private Optional<String> departement(String raw) {
        String value = raw.strip();
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String code = value.length() == 1 ? "0" + value : value.toUpperCase(Locale.ROOT);
        return geography.departement(code).or(() -> geography.departementNamed(value)).map(d -> normalise(d.code()));
    }

    private static String first(Answers answers, String key) {
        List<String> values = answers.values(key);
        return values.isEmpty() || values.getFirst() == null ? "" : values.getFirst();
    }

    static String normalise(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}

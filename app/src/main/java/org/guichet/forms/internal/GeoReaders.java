package org.guichet.forms.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.guichet.forms.Commune;
import org.guichet.forms.Departement;
import org.guichet.forms.FrenchGeography;
import org.guichet.forms.PostalAddress;
import org.guichet.forms.Region;

/**
 * Communes, départements, régions and postal addresses, checked against the official geography. A commune
 * comes as an INSEE code (from a picker) or as typed text: a name, with a postcode or a département
 * number to tell namesakes apart ("Saint-Denis 93200", "Saint-Denis (974)").
 */
final class GeoReaders {

    private static final int LONGEST_LINE = 200;
    private static final Pattern INSEE_CODE = Pattern.compile("\\d[\\dAB]\\d{3}");
    private static final Pattern POSTCODE = Pattern.compile("\\d{5}");
    private static final Pattern HINT = Pattern.compile("\\d{5}|\\d{2,3}|2[AB]");

    private GeoReaders() {}

    static Outcome commune(String raw, FrenchGeography geography) {
        String text = line(raw);
        if (text == null) {
            return Outcome.EMPTY;
        }
        String upper = text.toUpperCase(Locale.ROOT);
        if (INSEE_CODE.matcher(upper).matches() && geography.commune(upper).isPresent()) {
            return Outcome.of(geography.commune(upper).get());
        }
        // Split into words rather than with a regular expression: nothing to backtrack on long input.
        String[] words = upper.replace('(', ' ').replace(')', ' ').replace(',', ' ').strip().split("\\s+");
        String name = text;
        String hint = null;
        if (words.length >= 2 && POSTCODE.matcher(words[0]).matches()) {
            hint = words[0];
            name = String.join(" ", Arrays.copyOfRange(words, 1, words.length));
        } else if (words.length >= 2 && HINT.matcher(words[words.length - 1]).matches()) {
            hint = words[words.length - 1];
            name = String.join(" ", Arrays.copyOfRange(words, 0, words.length - 1));
        }
        List<Commune> candidates = new ArrayList<>(geography.communesNamed(name));
        if (hint != null) {
            String given = hint;
            candidates.removeIf(c -> !c.postcodes().contains(given) && !c.departementCode().equals(given));
        }
        if (candidates.size() == 1) {
            return Outcome.of(candidates.getFirst());
        }
        if (candidates.isEmpty()) {
            return Outcome.error("", "forms.error.commune.unknown");
        }
        Commune example = candidates.getFirst();
        String postcode = example.postcodes().isEmpty() ? example.departementCode() : example.postcodes().getFirst();
        return Outcome.error("", "forms.error.commune.ambiguous", example.name(), postcode);
    }

    static Outcome departement(String raw, FrenchGeography geography) {
        String text = line(raw);
        if (text == null) {
            return Outcome.EMPTY;
        }
        String code = text.toUpperCase(Locale.ROOT);
        Optional<Departement> found = geography.departement(code.length() == 1 ? "0" + code : code)
                .or(() -> geography.departementNamed(text));
        return found.map(Outcome::of).orElseGet(() -> Outcome.error("", "forms.error.departement.unknown"));
    }

    static Outcome region(String raw, FrenchGeography geography) {
        String text = line(raw);
        if (text == null) {
            return Outcome.EMPTY;
        }
        Optional<Region> found = geography.region(text).or(() -> geography.regionNamed(text));
        return found.map(Outcome::of).orElseGet(() -> Outcome.error("", "forms.error.region.unknown"));
    }

    static Outcome address(RawInput in, String id, FrenchGeography geography) {
        String streetRaw = in.first(id + ".street");
        String complementRaw = in.first(id + ".complement");
        String postcodeRaw = in.first(id + ".postcode");
        String communeRaw = in.first(id + ".commune");
        String street = line(streetRaw);
        String complement = line(complementRaw);
        String postcode = line(postcodeRaw);
        String communeText = line(communeRaw);
        if (street == null && complement == null && postcode == null && communeText == null) {
            return Outcome.EMPTY;
        }
        List<Outcome.Problem> problems = new ArrayList<>();
        lineProblem(streetRaw, street, ".street", true, problems);
        lineProblem(complementRaw, complement, ".complement", false, problems);
        List<Commune> served = List.of();
        if (postcode == null) {
            problems.add(problem(".postcode", "forms.error.address.postcode.missing"));
        } else if (!POSTCODE.matcher(postcode = Texts.withoutSpaces(postcode)).matches()) {
            problems.add(problem(".postcode", "forms.error.address.postcode.format"));
        } else if ((served = geography.communesWithPostcode(postcode)).isEmpty()) {
            problems.add(problem(".postcode", "forms.error.address.postcode.unknown"));
        }
        Commune commune = null;
        if (communeText == null) {
            problems.add(problem(".commune", "forms.error.address.commune.missing"));
        } else if (!served.isEmpty()) {
            String folded = Texts.fold(communeText);
            String code = communeText.toUpperCase(Locale.ROOT);
            commune = served.stream().filter(c -> c.code().equals(code) || Texts.fold(c.name()).equals(folded))
                    .findFirst().orElse(null);
            if (commune == null) {
                String names = served.stream().limit(5).map(Commune::name).collect(Collectors.joining(", "));
                problems.add(problem(".commune", "forms.error.address.commune.mismatch", postcode, names));
            }
        }
        if (!problems.isEmpty()) {
            return Outcome.errors(problems);
        }
        return Outcome.of(new PostalAddress(street, complement, postcode, commune.code(), commune.name()));
    }

    private static void lineProblem(String raw, String cleaned, String suffix, boolean required, List<Outcome.Problem> problems) {
        if (raw != null && raw.length() > LONGEST_LINE * 4) {
            problems.add(problem(suffix, "forms.error.address.line.tooLong", LONGEST_LINE));
        } else if (cleaned == null && required) {
            problems.add(problem(suffix, "forms.error.address.street.missing"));
        } else if (cleaned != null && cleaned.codePointCount(0, cleaned.length()) > LONGEST_LINE) {
            problems.add(problem(suffix, "forms.error.address.line.tooLong", LONGEST_LINE));
        }
    }

    /** One cleaned line; an absurdly long one is cut (and refused by the caller where it matters). */
    private static String line(String raw) {
        if (raw == null) {
            return null;
        }
        return Texts.clean(raw.length() > LONGEST_LINE * 4 ? raw.substring(0, LONGEST_LINE * 4) : raw, false);
    }

    private static Outcome.Problem problem(String suffix, String key, Object... args) {
        return new Outcome.Problem(suffix, key, List.of(args));
    }
}

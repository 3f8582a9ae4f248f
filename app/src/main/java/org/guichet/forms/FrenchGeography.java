package org.guichet.forms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.guichet.forms.internal.GeoLoader;
import org.guichet.forms.internal.Texts;

/**
 * Communes, départements and régions of INSEE's official geographic code, with La Poste postcodes.
 * Immutable and thread-safe. Name lookups ignore case, accents, hyphens and apostrophes, and read
 * "St"/"Ste" as "Saint"/"Sainte".
 */
public final class FrenchGeography {

    private final String source;
    private final List<Region> regions;
    private final List<Departement> departements;
    private final List<Commune> communes;
    private final Map<String, Region> regionsByCode;
    private final Map<String, Departement> departementsByCode;
    private final Map<String, Commune> communesByCode;
    private final Map<String, List<Commune>> communesByPostcode = new HashMap<>();
    private final Map<String, List<Commune>> communesByName = new HashMap<>();
    private final String[] foldedNames;

    private FrenchGeography(String source, List<Region> regions, List<Departement> departements, List<Commune> communes) {
        this.source = source;
        this.regions = sorted(regions, Region::code);
        this.departements = sorted(departements, Departement::code);
        this.communes = List.copyOf(communes);
        this.regionsByCode = index(this.regions, Region::code);
        this.departementsByCode = index(this.departements, Departement::code);
        this.communesByCode = index(this.communes, Commune::code);
        this.foldedNames = new String[this.communes.size()];
        for (int i = 0; i < foldedNames.length; i++) {
            Commune commune = this.communes.get(i);
            foldedNames[i] = Texts.fold(commune.name());
            communesByName.computeIfAbsent(foldedNames[i], name -> new ArrayList<>()).add(commune);
            for (String postcode : commune.postcodes()) {
                communesByPostcode.computeIfAbsent(postcode, code -> new ArrayList<>()).add(commune);
            }
        }
    }

    /** The data shipped with Guichet ({@code geo/cog.tsv.gz}), loaded on first use (about 35,000 communes). */
    public static FrenchGeography official() {
        return Official.INSTANCE;
    }

    /**
     * Geography from given data, e.g. for tests.
     *
     * @param communesByRank communes in the order name searches should list equally good matches
     *                       (most populous first)
     */
    public static FrenchGeography of(String source, List<Region> regions, List<Departement> departements,
                                     List<Commune> communesByRank) {
        return new FrenchGeography(source, regions, departements, communesByRank);
    }

    /** Where the data comes from, e.g. {@code @etalab/decoupage-administratif@6.0.0}. */
    public String source() {
        return source;
    }

    public List<Region> regions() {
        return regions;
    }

    public List<Departement> departements() {
        return departements;
    }

    public int communeCount() {
        return communes.size();
    }

    public Optional<Region> region(String code) {
        return Optional.ofNullable(code == null ? null : regionsByCode.get(code));
    }

    public Optional<Departement> departement(String code) {
        return Optional.ofNullable(code == null ? null : departementsByCode.get(code));
    }

    /** A commune by INSEE code (not by postcode: see {@link #communesWithPostcode(String)}). */
    public Optional<Commune> commune(String inseeCode) {
        return Optional.ofNullable(inseeCode == null ? null : communesByCode.get(inseeCode));
    }

    /** The communes a postcode serves, most populous first; empty for an unknown postcode. */
    public List<Commune> communesWithPostcode(String postcode) {
        return List.copyOf(communesByPostcode.getOrDefault(postcode, List.of()));
    }

    /** The communes with exactly this name (ignoring case and accents), most populous first. */
    public List<Commune> communesNamed(String name) {
        return List.copyOf(communesByName.getOrDefault(Texts.fold(name), List.of()));
    }

    public Optional<Departement> departementNamed(String name) {
        String folded = Texts.fold(name);
        return departements.stream().filter(d -> Texts.fold(d.name()).equals(folded)).findFirst();
    }

    public Optional<Region> regionNamed(String name) {
        String folded = Texts.fold(name);
        return regions.stream().filter(r -> Texts.fold(r.name()).equals(folded)).findFirst();
    }

    /**
     * Communes for a search box: exact names first, then names starting with the query, then names with
     * a word starting with it; most populous first within each group. A postcode or INSEE code finds
     * its communes.
     */
    public List<Commune> searchCommunes(String query, int limit) {
        String folded = Texts.fold(query);
        if (folded.isEmpty() || limit <= 0) {
            return List.of();
        }
        if (folded.matches("\\d{5}") && communesByPostcode.containsKey(folded)) {
            return communesByPostcode.get(folded).stream().limit(limit).toList();
        }
        String code = query.strip().toUpperCase(java.util.Locale.ROOT);
        if (communesByCode.containsKey(code)) {
            return List.of(communesByCode.get(code));
        }
        List<List<Commune>> tiers = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        String wordStart = " " + folded;
        for (int i = 0; i < foldedNames.length; i++) {
            String name = foldedNames[i];
            int tier = name.equals(folded) ? 0 : name.startsWith(folded) ? 1 : name.contains(wordStart) ? 2 : -1;
            if (tier >= 0 && tiers.get(tier).size() < limit) {
                tiers.get(tier).add(communes.get(i));
            }
        }
        return tiers.stream().flatMap(List::stream).limit(limit).toList();
    }

    private static <T> List<T> sorted(List<T> items, Function<T, String> code) {
        return items.stream().sorted(Comparator.comparing(code)).toList();
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> code) {
        return items.stream().collect(Collectors.toMap(code, item -> item, (a, b) -> a, LinkedHashMap::new));
    }

    private static final class Official {
        static final FrenchGeography INSTANCE = GeoLoader.loadOfficial();
    }
}

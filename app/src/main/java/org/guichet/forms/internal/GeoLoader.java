package org.guichet.forms.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.guichet.forms.Commune;
import org.guichet.forms.Departement;
import org.guichet.forms.FrenchGeography;
import org.guichet.forms.Region;

/** Reads the compact resource written by {@code scripts/geo/build-geo.mjs} (format in {@code geo/README.md}). */
public final class GeoLoader {

    public static final String RESOURCE = "/geo/cog.tsv.gz";

    private GeoLoader() {}

    public static FrenchGeography loadOfficial() {
        try (InputStream in = GeoLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    /** Reads the gzip-compressed format; a malformed file is a build error, so it fails loudly. */
    public static FrenchGeography load(InputStream gzipped) throws IOException {
        var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null || !header.startsWith("#guichet-geo 1 ")) {
            throw new IllegalStateException("Not a Guichet geography file: " + header);
        }
        String source = header.split(" ")[2];
        List<Region> regions = new ArrayList<>();
        List<Departement> departements = new ArrayList<>();
        List<RankedCommune> communes = new ArrayList<>(36_000);
        String section = "";
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.startsWith("#")) {
                section = line;
                continue;
            }
            String[] columns = line.split("\t", -1);
            switch (section) {
                case "#regions" -> regions.add(new Region(columns[0], columns[1]));
                case "#departements" -> departements.add(new Departement(columns[0], columns[2], columns[1]));
                case "#communes" -> communes.add(commune(columns));
                default -> throw new IllegalStateException("Line outside a section: " + line);
            }
        }
        List<Commune> ranked = communes.stream()
                .sorted(Comparator.comparingInt(RankedCommune::weight).reversed()
                        .thenComparing(ranked1 -> ranked1.commune().code()))
                .map(RankedCommune::commune)
                .toList();
        return FrenchGeography.of(source, regions, departements, ranked);
    }

    private static RankedCommune commune(String[] columns) {
        String code = columns[0];
        // Codes starting 97/98 are overseas, with three-character département codes (974, 988…).
        String departement = code.startsWith("97") || code.startsWith("98") ? code.substring(0, 3) : code.substring(0, 2);
        List<String> postcodes = columns[2].isEmpty() ? List.of() : Arrays.asList(columns[2].split(" "));
        return new RankedCommune(new Commune(code, columns[1], departement, postcodes), Integer.parseInt(columns[3], 36));
    }

    private record RankedCommune(Commune commune, int weight) {}
}

package org.guichet.bench.generator;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Fills an empty, migrated Guichet database with tenants, services, agents, citizens, published
 * démarches and dossiers in every state with their timelines and documents, reproducibly from a
 * seed, through COPY. Writes the feeders the load scenarios read (which hosts, accounts, dossiers).
 *
 * <p>Usage: {@code DataGenerator <jdbc-url> <user> <scale> <seed> <feeder-dir>}; the user must be the
 * schema owner (a superuser here), which row-level security does not restrict.
 */
public final class DataGenerator {

    /** Every generated account's password, hashed once with the production Argon2id parameters. */
    public static final String PASSWORD = "bench-guichet-2026";

    private DataGenerator() {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        Scale scale = Scale.of(args[2]);
        long seed = Long.parseLong(args[3]);
        Path feeders = Path.of(args[4]);
        Files.createDirectories(feeders);
        long started = System.nanoTime();
        // Hashed at the application's parameters (PasswordHashing: 19 MiB, 2 iterations, 1 lane).
        String hash = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2).encode(PASSWORD);
        // Timestamps are offsets from the day of the run, so that drafts are recent and deadlines ahead.
        Instant today = LocalDate.now(ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC);
        String form;
        try (InputStream in = DataGenerator.class.getResourceAsStream("/bench/form-depot.json")) {
            form = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection a = connect(url, user); Connection b = connect(url, user); Connection c = connect(url, user)) {
            RandomGenerator random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
            Platform platform = new Platform(scale, random, hash, today, form);
            platform.loadTenants(a);
            log(started, "tenants, services, procedures: " + platform.tenants.size() + " tenants");
            LoadAside aside = new LoadAside();
            aside.setAside(a, List.of("account", "account_role", "document", "dossier", "dossier_event"));
            platform.loadPeople(a, b);
            log(started, "accounts: " + scale.citizens() + " citizens, " + platform.agentCount() + " agents");
            Dossiers dossiers = new Dossiers(platform, random);
            dossiers.load(a, b, c);
            log(started, "dossiers: " + dossiers.loaded + ", events: " + dossiers.events + ", documents: " + dossiers.documents);
            aside.putBack(a, b);
            log(started, "indexes and foreign keys back");
            dossiers.saveCounters(a);
            try (Statement s = a.createStatement()) {
                a.setAutoCommit(true);
                s.execute("vacuum (analyze)");
            }
            log(started, "vacuum analyze");
            writeFeeders(feeders, platform, dossiers, scale);
        }
        log(started, "done");
    }

    static Connection connect(String url, String user) throws Exception {
        Connection c = DriverManager.getConnection(url, user, System.getenv().getOrDefault("PGPASSWORD", ""));
        try (Statement s = c.createStatement()) {
            s.execute("set synchronous_commit = off");
        }
        return c;
    }

    private static void writeFeeders(Path dir, Platform platform, Dossiers dossiers, Scale scale) throws IOException {
        Files.write(dir.resolve("hosts.txt"), platform.tenants.stream().map(Platform.Tenant::host).toList());
        List<String> citizens = new ArrayList<>(List.of("host,email"));
        citizens.addAll(platform.citizenSample);
        Files.write(dir.resolve("citizens.csv"), citizens);
        Platform.Tenant big = platform.tenants.getFirst();
        List<String> agents = new ArrayList<>(List.of("host,email"));
        for (String email : big.instructeurs()) {
            agents.add(big.host() + "," + email);
        }
        Files.write(dir.resolve("agents.csv"), agents);
        List<String> sample = new ArrayList<>(List.of("host,dossier"));
        sample.addAll(dossiers.sample);
        Files.write(dir.resolve("dossiers.csv"), sample);
        List<String> pages = new ArrayList<>(List.of("host,slug"));
        for (Platform.Tenant t : platform.tenants) {
            for (String slug : t.slugs()) {
                pages.add(t.host() + "," + slug);
            }
        }
        Files.write(dir.resolve("procedures.csv"), pages);
        List<String> searches = new ArrayList<>(List.of("q"));
        Vocabulary.FAMILY.stream().limit(30).forEach(searches::add);
        Vocabulary.TOPICS.forEach(searches::add);
        Files.write(dir.resolve("searches.csv"), searches);
        Files.write(dir.resolve("justificatif.pdf"), attachment(200 * 1024));
        Files.writeString(dir.resolve("bench.properties"), """
                scale=%s
                password=%s
                big_host=%s
                big_tenant_dossiers=%d
                filing_slug=%s
                export_procedure=%s
                export_dossiers=%d
                dossiers=%d
                """.formatted(scale.name(), PASSWORD, big.host(), dossiers.perTenant.getOrDefault(big.id(), 0),
                Platform.FILING_SLUG, big.exportProcedure(), scale.exportDossiers(), dossiers.loaded));
    }

    /** A file of {@code size} bytes that content sniffing takes for a PDF, as the bench form requires. */
    static byte[] attachment(int size) {
        String line = "% Guichet benchmark: a supporting document\n";
        StringBuilder pdf = new StringBuilder(size).append("%PDF-1.4\n");
        while (pdf.length() + line.length() + 6 <= size) {
            pdf.append(line);
        }
        pdf.append("%".repeat(size - 6 - pdf.length())).append("%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static void log(long started, String what) {
        System.out.printf("[generator %5.1f s] %s%n", Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0, what);
    }

    static <K> int count(Map<K, Integer> map, K key) {
        return map.merge(key, 1, Integer::sum);
    }
}

package org.guichet.bench.generator;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Tenants with their host names, services, published démarches, agents and citizens. The first
 * tenant is a large département holding a fifth of the dossiers: the inbox and export scenarios
 * run there, where a national deployment's worst case is.
 */
final class Platform {

    static final String FILING_SLUG = "depot-bench";
    static final String EXPORT_SLUG = "export-bench";
    private static final String[] CATEGORIES = {"ETAT_CIVIL", "FAMILLE", "URBANISME", "VOIRIE", "ASSOCIATIONS",
            "ECONOMIE", "EQUIPEMENTS", "SOCIAL", "ENVIRONNEMENT", "AUTRE"};

    record Tenant(UUID id, String slug, String host, double share, List<UUID> services, List<UUID> procedures,
            List<String> slugs, UUID exportProcedure, List<UUID> citizens, List<UUID> agents, List<String> instructeurs) {}

    final Scale scale;
    final RandomGenerator random;
    final String hash;
    final Instant today;
    final String form;
    final List<Tenant> tenants = new ArrayList<>();
    final List<String> citizenSample = new ArrayList<>();

    Platform(Scale scale, RandomGenerator random, String hash, Instant today, String form) {
        this.scale = scale;
        this.random = random;
        this.hash = hash;
        this.today = today;
        this.form = form;
    }

    UUID uuid() {
        return new UUID((random.nextLong() & ~0xF000L) | 0x4000L, (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
    }

    int agentCount() {
        return tenants.stream().mapToInt(t -> t.agents().size()).sum();
    }

    void loadTenants(Connection c) throws Exception {
        // A fifth of everything in the first tenant, the rest spread like real bodies' sizes (Zipf-like).
        double[] weights = new double[scale.tenants()];
        double rest = 0;
        for (int i = 1; i < weights.length; i++) {
            weights[i] = 1 / Math.pow(i, 0.8);
            rest += weights[i];
        }
        double bigShare = scale.tenants() == 1 ? 1.0 : 0.2;
        try (CopyStream tenant = new CopyStream(c, "tenant", "id, slug, name, kind, postal_address, contact_email, contact_phone, created_at")) {
            for (int i = 0; i < scale.tenants(); i++) {
                String slug = "bench-%03d".formatted(i + 1);
                double share = i == 0 ? bigShare : (1 - bigShare) * weights[i] / rest;
                Tenant t = new Tenant(uuid(), slug, slug + ".bench.localhost", share, new ArrayList<>(), new ArrayList<>(),
                        new ArrayList<>(), null, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                tenants.add(t);
                String kind = i == 0 ? "DEPARTEMENT" : i % 7 == 0 ? "EPCI" : "COMMUNE";
                String name = (i == 0 ? "Département de Bench" : i % 7 == 0 ? "Communauté de communes de Bench " : "Ville de Bench ")
                        + (i == 0 ? "" : String.valueOf(i + 1));
                tenant.uuid(t.id()).text(slug).text(name).text(kind).text("1 place de la Mairie, 99" + "%03d".formatted(i) + " Bench")
                        .text("contact@" + t.host()).text("01 23 45 67 89").time(today.minus(Duration.ofDays(1200))).end();
            }
        }
        try (CopyStream host = new CopyStream(c, "tenant_hostname", "hostname, tenant_id, position")) {
            tenants.forEach(t -> host.text(t.host()).uuid(t.id()).number(0).end());
        }
        try (CopyStream service = new CopyStream(c, "service_unit", "id, tenant_id, name, email, phone, postal_address")) {
            for (Tenant t : tenants) {
                for (String name : Vocabulary.SERVICES) {
                    UUID id = uuid();
                    t.services().add(id);
                    service.uuid(id).uuid(t.id()).text(name).text("service@" + t.host()).text("01 23 45 67 80")
                            .text("1 place de la Mairie").end();
                }
            }
        }
        loadProcedures(c);
    }

    private void loadProcedures(Connection c) throws Exception {
        Instant published = today.minus(Duration.ofDays(1100));
        try (CopyStream procedure = new CopyStream(c, "procedure", "id, tenant_id, service_id, slug, title, summary, description,"
                + " category, state, login_required, eligibility, documents, fees, processing_delay, silence_rule, silence_months,"
                + " legal_basis, purpose, data_categories, recipients, retention_months, published_at, created_at, updated_at,"
                + " draft_form, current_version")) {
            for (Tenant t : tenants) {
                for (int p = 0; p < scale.proceduresPerTenant(); p++) {
                    UUID id = uuid();
                    String title = p == 0 ? "Dépôt de demande (banc d’essai)" : p == 1 ? "Demande exportée (banc d’essai)"
                            : Vocabulary.PROCEDURE_TITLES.get(p % Vocabulary.PROCEDURE_TITLES.size())
                                    + (p >= Vocabulary.PROCEDURE_TITLES.size() ? " " + (p / Vocabulary.PROCEDURE_TITLES.size() + 1) : "");
                    String slug = p == 0 ? FILING_SLUG : p == 1 ? EXPORT_SLUG : "demarche-%03d".formatted(p);
                    boolean silence = p % 3 == 0;
                    t.procedures().add(id);
                    t.slugs().add(slug);
                    procedure.uuid(id).uuid(t.id()).uuid(t.services().get(p % t.services().size())).text(slug).text(title)
                            .text("Faire une demande en ligne : " + title.toLowerCase() + ".")
                            .text("Cette démarche se fait entièrement en ligne. " + Vocabulary.description(random))
                            .text(CATEGORIES[p % CATEGORIES.length]).text("PUBLIEE").bool(true)
                            .text("Toute personne résidant sur le territoire.").text("Un justificatif en PDF.").text("")
                            .text("Réponse sous 2 mois").text(silence ? "SVA" : "NONE").raw(silence ? "2" : "\\N")
                            .text("Mission d’intérêt public (article 6-1-e du RGPD)").text("Instruire les demandes")
                            .text("Identité, coordonnées, pièces justificatives").text("Agents du service").number(12)
                            .time(published).time(published).time(published).text(form).number(1).end();
                }
            }
        }
        // One COPY at a time on a connection: the frozen versions follow their démarches.
        try (CopyStream version = new CopyStream(c, "procedure_version", "tenant_id, procedure_id, version, form, published_at, published_by")) {
            for (Tenant t : tenants) {
                t.procedures().forEach(id -> version.uuid(t.id()).uuid(id).number(1).text(form).time(published).text("bench").end());
            }
        }
        for (int i = 0; i < tenants.size(); i++) {
            Tenant t = tenants.get(i);
            tenants.set(i, new Tenant(t.id(), t.slug(), t.host(), t.share(), t.services(), t.procedures(), t.slugs(),
                    t.procedures().get(1), t.citizens(), t.agents(), t.instructeurs()));
        }
    }

    void loadPeople(Connection a, Connection b) throws Exception {
        Instant verified = today.minus(Duration.ofDays(900));
        try (CopyStream account = new CopyStream(a, "account", "id, tenant_id, email, given_name, family_name, password_hash,"
                + " email_verified_at, created_at");
                CopyStream role = new CopyStream(b, "account_role", "id, tenant_id, account_id, role, service_id, granted_at")) {
            int citizenNumber = 0;
            for (int ti = 0; ti < tenants.size(); ti++) {
                Tenant t = tenants.get(ti);
                int citizens = ti == tenants.size() - 1 ? Math.max(10, scale.citizens() - citizenNumber)
                        : Math.max(10, (int) Math.round(scale.citizens() * t.share()));
                for (int n = 0; n < citizens; n++, citizenNumber++) {
                    UUID id = uuid();
                    t.citizens().add(id);
                    String email = "usager%06d@bench.localhost".formatted(citizenNumber);
                    account.uuid(id).uuid(t.id()).text(email).text(Vocabulary.pick(Vocabulary.GIVEN, random))
                            .text(Vocabulary.pick(Vocabulary.FAMILY, random)).text(hash).time(verified).time(verified).end();
                    if (n < 200) {
                        citizenSample.add(t.host() + "," + email);
                    }
                }
                for (int n = 0; n < scale.agentsPerTenant(); n++) {
                    UUID id = uuid();
                    t.agents().add(id);
                    String email = "agent%03d@%s".formatted(n, t.host());
                    account.uuid(id).uuid(t.id()).text(email).text(Vocabulary.pick(Vocabulary.GIVEN, random))
                            .text(Vocabulary.pick(Vocabulary.FAMILY, random)).text(hash).time(verified).time(verified).end();
                    // The first ten instruct every démarche of the tenant; the others one service's; one supervises.
                    if (n == 0) {
                        role.uuid(uuid()).uuid(t.id()).uuid(id).text("ADMINISTRATEUR").text(null).time(verified).end();
                    }
                    if (n < 10) {
                        role.uuid(uuid()).uuid(t.id()).uuid(id).text("INSTRUCTEUR").text(null).time(verified).end();
                        t.instructeurs().add(email);
                    } else if (n == 10) {
                        role.uuid(uuid()).uuid(t.id()).uuid(id).text("SUPERVISEUR").text(null).time(verified).end();
                    } else {
                        role.uuid(uuid()).uuid(t.id()).uuid(id).text("INSTRUCTEUR")
                                .uuid(t.services().get(n % t.services().size())).time(verified).end();
                    }
                }
            }
        }
    }
}

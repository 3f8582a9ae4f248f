package org.guichet.bench.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Dossiers over three years in every state, each with the answers of the bench form, its timeline
 * (created, submitted, instruction, decision) and its documents (the usager's attachment, the
 * accusé de réception). Three COPY streams on three connections: PostgreSQL parses each in its own
 * process while this thread generates.
 */
final class Dossiers {

    private static final String[] STATES = {"BROUILLON", "EN_CONSTRUCTION", "EN_INSTRUCTION", "ACCEPTE", "REFUSE", "SANS_SUITE"};
    /** Cumulative shares: 8 % drafts, 22 % submitted, 25 % in instruction, then decisions. */
    private static final double[] STATE_SHARES = {0.08, 0.30, 0.55, 0.85, 0.95, 1.0};
    private static final String[] NATURES = {"premiere", "renouvellement", "modification", "reclamation", "autre"};
    private static final int SAMPLE = 2_000;

    private final Platform platform;
    private final RandomGenerator random;
    private final double[] cumulative;
    private final double sampleRate;
    private final Map<String, Integer> counters = new HashMap<>();
    final Map<UUID, Integer> perTenant = new HashMap<>();
    final List<String> sample = new ArrayList<>();
    long loaded;
    long events;
    long documents;

    Dossiers(Platform platform, RandomGenerator random) {
        this.platform = platform;
        this.random = random;
        // Spread the sample of dossiers to open over the whole load, not its first (exported) part.
        double bigTenantDossiers = platform.scale.exportDossiers()
                + platform.tenants.getFirst().share() * (platform.scale.dossiers() - platform.scale.exportDossiers()) * 0.9;
        sampleRate = Math.min(1, 1.2 * SAMPLE / bigTenantDossiers);
        cumulative = new double[platform.tenants.size()];
        double sum = 0;
        for (int i = 0; i < cumulative.length; i++) {
            sum += platform.tenants.get(i).share();
            cumulative[i] = sum;
        }
    }

    void load(Connection a, Connection b, Connection c) throws Exception {
        try (CopyStream dossier = new CopyStream(a, "dossier", "id, tenant_id, procedure_id, procedure_version, reference, state,"
                + " owner_account_id, answers, version, created_at, updated_at, submitted_at, instruction_started_at, decided_at,"
                + " acknowledgement_document_id, assigned_to");
                CopyStream event = new CopyStream(b, "dossier_event", "tenant_id, dossier_id, occurred_at, kind, from_state,"
                        + " to_state, actor_kind, actor_id, reason");
                CopyStream document = new CopyStream(c, "document", "id, tenant_id, storage_key, file_name, content_type,"
                        + " size_bytes, sha256, created_at, created_by")) {
            Platform.Tenant big = platform.tenants.getFirst();
            for (int i = 0; i < platform.scale.exportDossiers(); i++) {
                one(big, big.exportProcedure(), 1 + random.nextInt(5), dossier, event, document);
            }
            for (long i = platform.scale.exportDossiers(); i < platform.scale.dossiers(); i++) {
                Platform.Tenant t = tenant(random.nextDouble());
                int p = (int) (t.procedures().size() * Math.pow(random.nextDouble(), 2));
                one(t, t.procedures().get(p == 1 ? 0 : p), state(), dossier, event, document);
            }
        }
    }

    private void one(Platform.Tenant t, UUID procedure, int state, CopyStream dossier, CopyStream event, CopyStream document) {
        UUID id = platform.uuid();
        UUID owner = t.citizens().get(random.nextInt(t.citizens().size()));
        boolean draft = state == 0;
        Instant now = platform.today;
        Instant created = draft ? now.minus(Duration.ofMinutes(random.nextLong(60L * 24 * 60)))
                : now.minus(Duration.ofMinutes(60L * 24 * 4 + random.nextLong(60L * 24 * 1095)));
        Instant submitted = draft ? null : created.plus(Duration.ofMinutes(5 + random.nextLong(60L * 24 * 3)));
        Instant instruction = state >= 2 && state != 5 ? before(now, submitted.plus(Duration.ofHours(2 + random.nextLong(24 * 20)))) : null;
        Instant decided = state >= 3 ? before(now, (instruction == null ? submitted : instruction)
                .plus(Duration.ofHours(2 + random.nextLong(24 * 60)))) : null;
        Instant updated = decided != null ? decided : instruction != null ? instruction : submitted != null ? submitted : created;
        String reference = null;
        if (!draft) {
            int year = submitted.atZone(ZoneOffset.UTC).getYear();
            reference = "%d-%06d".formatted(year, DataGenerator.count(counters, t.id() + "/" + year));
        }
        UUID attachment = draft && random.nextBoolean() ? null : platform.uuid();
        if (attachment != null) {
            documentRow(document, attachment, t, "justificatif-" + Vocabulary.pick(Vocabulary.TOPICS, random) + ".pdf",
                    50_000 + random.nextInt(400_000), created.plus(Duration.ofMinutes(3)), owner);
        }
        UUID acknowledgement = null;
        if (!draft) {
            acknowledgement = platform.uuid();
            documentRow(document, acknowledgement, t, "accuse-de-reception-" + reference + ".pdf", 30_000 + random.nextInt(5_000),
                    submitted.plusSeconds(2), null);
        }
        // The agent who takes a dossier into instruction is assigned to it ("mine" in the inbox).
        UUID agent = t.agents().get(random.nextInt(Math.min(10, t.agents().size())));
        dossier.uuid(id).uuid(t.id()).uuid(procedure).number(1).text(reference).text(STATES[state]).uuid(owner)
                .text(answers(attachment, created)).number(draft ? 1 + random.nextInt(4) : 5 + state).time(created).time(updated)
                .time(submitted).time(instruction).time(decided).uuid(acknowledgement).uuid(state >= 2 ? agent : null).end();
        DataGenerator.count(perTenant, t.id());
        loaded++;
        eventRow(event, t, id, created, "created", null, "BROUILLON", "USAGER", owner, null);
        if (!draft) {
            eventRow(event, t, id, submitted, "submitted", "BROUILLON", "EN_CONSTRUCTION", "USAGER", owner, null);
        }
        if (instruction != null) {
            eventRow(event, t, id, instruction, "state-changed", "EN_CONSTRUCTION", "EN_INSTRUCTION", "AGENT", agent, null);
        }
        if (decided != null) {
            String from = instruction == null ? "EN_CONSTRUCTION" : "EN_INSTRUCTION";
            String reason = switch (STATES[state]) {
                case "REFUSE" -> "Le dossier ne remplit pas les conditions : " + Vocabulary.description(random);
                case "SANS_SUITE" -> "Demande en double.";
                default -> random.nextBoolean() ? "Demande acceptée." : null;
            };
            eventRow(event, t, id, decided, "state-changed", from, STATES[state], "AGENT", agent, reason);
        }
        if (!draft && t == platform.tenants.getFirst() && sample.size() < SAMPLE && random.nextDouble() < sampleRate) {
            sample.add(t.host() + "," + id);
        }
    }

    private static Instant before(Instant limit, Instant at) {
        return at.isAfter(limit) ? limit.minusSeconds(60) : at;
    }

    private int state() {
        double u = random.nextDouble();
        int s = 0;
        while (u > STATE_SHARES[s]) {
            s++;
        }
        return s;
    }

    private Platform.Tenant tenant(double u) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return platform.tenants.get(lo);
    }

    private String answers(UUID attachment, Instant created) {
        String given = Vocabulary.pick(Vocabulary.GIVEN, random);
        String family = Vocabulary.pick(Vocabulary.FAMILY, random);
        var wanted = created.plus(Duration.ofDays(10 + random.nextInt(90))).atZone(ZoneOffset.UTC);
        StringBuilder json = new StringBuilder(700).append("{\"values\":{");
        json.append("\"nom\":[").append(quote(family)).append("],\"prenom\":[").append(quote(given)).append("],");
        json.append("\"courriel\":[").append(quote(ascii(given) + "." + ascii(family) + random.nextInt(1000) + "@exemple.fr"))
                .append("],\"telephone\":[\"+336").append(10_000_000 + random.nextInt(89_999_999)).append("\"],");
        json.append("\"naissance.day\":[\"").append(1 + random.nextInt(28)).append("\"],\"naissance.month\":[\"")
                .append(1 + random.nextInt(12)).append("\"],\"naissance.year\":[\"").append(1940 + random.nextInt(66)).append("\"],");
        json.append("\"nature\":[\"").append(NATURES[random.nextInt(NATURES.length)]).append("\"],");
        json.append("\"description\":[").append(quote(Vocabulary.description(random))).append("],");
        json.append("\"montant\":[\"").append(random.nextInt(5_000)).append("\"],");
        json.append("\"date_souhaitee.day\":[\"").append(wanted.getDayOfMonth()).append("\"],\"date_souhaitee.month\":[\"")
                .append(wanted.getMonthValue()).append("\"],\"date_souhaitee.year\":[\"").append(wanted.getYear()).append("\"],");
        json.append("\"consentement\":[\"oui\"]},\"files\":{");
        if (attachment != null) {
            json.append("\"justificatif\":[{\"reference\":\"").append(attachment)
                    .append("\",\"fileName\":\"justificatif.pdf\",\"sizeBytes\":204800,\"contentType\":\"application/pdf\"}]");
        }
        return json.append("}}").toString();
    }

    private void documentRow(CopyStream document, UUID id, Platform.Tenant t, String name, int size, Instant at, UUID by) {
        byte[] sha = new byte[32];
        random.nextBytes(sha);
        document.uuid(id).uuid(t.id()).text("bench/" + t.slug() + "/" + id).text(name).text("application/pdf").number(size)
                .bytes(sha).time(at).uuid(by).end();
        documents++;
    }

    private void eventRow(CopyStream event, Platform.Tenant t, UUID dossier, Instant at, String kind, String from, String to,
            String actorKind, UUID actor, String reason) {
        event.uuid(t.id()).uuid(dossier).time(at).text(kind).text(from).text(to).text(actorKind).uuid(actor).text(reason).end();
        events++;
    }

    /** The tenants' reference counters, so that new submissions continue each year's numbering. */
    void saveCounters(Connection c) throws Exception {
        try (PreparedStatement insert = c.prepareStatement(
                "insert into dossier_reference_counter (tenant_id, year, last) values (?, ?, ?)")) {
            for (var e : counters.entrySet()) {
                String[] key = e.getKey().split("/");
                insert.setObject(1, UUID.fromString(key[0]));
                insert.setInt(2, Integer.parseInt(key[1]));
                insert.setInt(3, e.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static String ascii(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase();
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}

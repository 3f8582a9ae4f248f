package org.guichet.instruction.internal.decision;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guichet.dossier.DossierState;
import org.guichet.instruction.DecisionTemplateChanged;
import org.guichet.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The text of a démarche's decision letters, per outcome: what administrators wrote, or the
 * platform's default. Placeholders in braces are replaced by the dossier's values when a letter is
 * generated; an unknown placeholder is refused when saving, so a typo never reaches an usager.
 */
@Component
class DecisionTemplates {

    static final List<DossierState> OUTCOMES = List.of(DossierState.ACCEPTE, DossierState.REFUSE, DossierState.SANS_SUITE);
    static final List<String> PLACEHOLDERS = List.of("reference", "demandeur", "demarche", "date_depot", "motivation",
            "date_decision", "service", "collectivite");
    static final int MAX_LENGTH = 5000;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}\\s]{1,40})}");
    private static final String OPENING = """
            Madame, Monsieur,

            Vous avez déposé le {date_depot} une demande « {demarche} », enregistrée sous le numéro {reference}.

            """;
    private static final Map<DossierState, String> DEFAULTS = Map.of(
            DossierState.ACCEPTE, OPENING + """
                    Après examen de votre dossier, j’ai le plaisir de vous informer que votre demande est acceptée.

                    {motivation}

                    Le service {service} reste à votre disposition pour toute question.""",
            DossierState.REFUSE, OPENING + """
                    Après examen de votre dossier, je suis au regret de vous informer que votre demande est refusée, pour les motifs suivants :

                    {motivation}""",
            DossierState.SANS_SUITE, OPENING + """
                    Votre dossier est classé sans suite.

                    {motivation}

                    Vous pouvez déposer une nouvelle demande si votre situation le justifie.""");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DecisionTemplates(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The text for each outcome: the démarche's own, or the default. */
    @Transactional(readOnly = true)
    Map<DossierState, String> texts(UUID procedure) {
        Map<DossierState, String> texts = new EnumMap<>(DEFAULTS);
        jdbc.sql("select outcome, body from decision_template where procedure_id = ?").param(procedure)
                .query((rs, n) -> texts.put(DossierState.valueOf(rs.getString(1)), rs.getString(2))).list();
        return texts;
    }

    /** Saves the texts (already checked with {@link #unknownPlaceholders}). */
    @Transactional
    void save(UUID procedure, Map<DossierState, String> texts, String actor) {
        for (var text : texts.entrySet()) {
            jdbc.sql("""
                    insert into decision_template (tenant_id, procedure_id, outcome, body, updated_at, updated_by)
                    values (?, ?, ?, ?, ?, ?)
                    on conflict (procedure_id, outcome) do update set body = excluded.body,
                        updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                    .params(TenantContext.require().value(), procedure, text.getKey().name(), text.getValue(),
                            Timestamp.from(clock.instant()), actor)
                    .update();
        }
        events.publishEvent(new DecisionTemplateChanged(TenantContext.require(), procedure, actor));
    }

    /** The text with each known placeholder replaced by its value. */
    static String fill(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
        }
        m.appendTail(out);
        // An empty optional motivation must not leave a gap of blank lines in the letter.
        return out.toString().replaceAll("\n{3,}", "\n\n").strip();
    }

    /** The placeholders of {@code text} the platform does not know, in order of appearance. */
    static Set<String> unknownPlaceholders(String text) {
        Set<String> unknown = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                unknown.add("{" + m.group(1) + "}");
            }
        }
        return unknown;
    }
}

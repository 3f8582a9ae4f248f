package org.guichet.procedure;

import java.time.Instant;
import java.util.UUID;

/**
 * A démarche as the catalogue and its public page show it.
 *
 * @param silenceMonths the delay after which silence is a decision; null when {@code silenceRule} is NONE
 * @param retentionMonths how long dossiers are kept after the decision (RGPD)
 */
public record Procedure(
        UUID id,
        UUID serviceId,
        String slug,
        String title,
        String summary,
        String description,
        Category category,
        ProcedureState state,
        boolean loginRequired,
        String eligibility,
        String documents,
        String fees,
        String processingDelay,
        SilenceRule silenceRule,
        Integer silenceMonths,
        PersonalData personalData,
        UUID replacedBy,
        Instant publishedAt) {

    /** The RGPD declarations of the démarche (art. 13 information, art. 30 register). */
    public record PersonalData(String legalBasis, String purpose, String dataCategories, String recipients,
            int retentionMonths) {}
}

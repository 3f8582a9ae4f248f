package org.guichet.procedure;

import java.util.UUID;

/** Everything an administrator writes about a démarche, as entered in the studio. */
public record ProcedureDetails(
        UUID serviceId,
        String slug,
        String title,
        String summary,
        String description,
        Category category,
        boolean loginRequired,
        String eligibility,
        String documents,
        String fees,
        String processingDelay,
        SilenceRule silenceRule,
        Integer silenceMonths,
        Procedure.PersonalData personalData) {}

package org.guichet.instruction.internal.decision;

import java.util.regex.Pattern;

/**
 * Everything a decision letter states, ready for the PDF template: the tenant's branding, the
 * service in charge and how to reach it, the decision itself and who signed it.
 *
 * @param brandColour {@code #rrggbb}; it goes into the PDF's style sheet, so nothing else may
 * @param logoDataUri the tenant's logo as a {@code data:} URI, or null when it has none
 * @param body the démarche's text for this outcome, placeholders filled
 * @param extraMotivation the motivation when the body does not already quote it, else null
 */
public record DecisionLetter(String tenantName, String brandColour, String logoDataUri, String serviceName,
        String serviceAddress, String serviceEmail, String servicePhone, String reference, String procedureTitle,
        String applicant, String outcome, String body, String extraMotivation, String signatory, String decisionDate) {

    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");
    static final String DEFAULT_COLOUR = "#1d4f91";

    public DecisionLetter {
        brandColour = brandColour != null && COLOUR.matcher(brandColour).matches() ? brandColour : DEFAULT_COLOUR;
    }
}

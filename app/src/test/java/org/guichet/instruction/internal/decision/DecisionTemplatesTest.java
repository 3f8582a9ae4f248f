package org.guichet.instruction.internal.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DecisionTemplatesTest {

    @Test
    void fillsKnownPlaceholdersAndLeavesNoGapForAnEmptyMotivation() {
        String filled = DecisionTemplates.fill("Dossier {reference}.\n\n{motivation}\n\nCordialement, {service}",
                Map.of("reference", "2026-000001", "motivation", "", "service", "État civil"));

        assertThat(filled).isEqualTo("Dossier 2026-000001.\n\nCordialement, État civil");
    }

    @Test
    void valuesAreInsertedLiterallyEvenWithDollarSignsOrBraces() {
        assertThat(DecisionTemplates.fill("{motivation}", Map.of("motivation", "Tarif $1 {reference}")))
                .isEqualTo("Tarif $1 {reference}");
    }

    @Test
    void reportsUnknownPlaceholdersOnceInOrder() {
        assertThat(DecisionTemplates.unknownPlaceholders("{nom} {reference} {date} {nom} { pas un champ }"))
                .containsExactly("{nom}", "{date}");
    }
}

package org.guichet.instruction.internal.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CitizenEditsTest {

    @Test
    void listsChangedAddedAndRemovedAnswersButNotUnchangedOnes() {
        Map<String, String> before = new LinkedHashMap<>();
        before.put("Vous — Nom", "Dupont");
        before.put("Vous — Ville", "Lyon");
        before.put("Pièces — Justificatif", "facture.pdf");
        Map<String, String> after = new LinkedHashMap<>();
        after.put("Vous — Nom", "Durand");
        after.put("Vous — Ville", "Lyon");
        after.put("Vous — Téléphone", "0102030405");

        assertThat(CitizenEdits.changes(before, after)).containsExactly(
                new CitizenEdits.Change("Vous — Nom", "Dupont", "Durand"),
                new CitizenEdits.Change("Vous — Téléphone", "", "0102030405"),
                new CitizenEdits.Change("Pièces — Justificatif", "facture.pdf", ""));
    }
}

package org.guichet.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guichet.dossier.DossierState.ACCEPTE;
import static org.guichet.dossier.DossierState.BROUILLON;
import static org.guichet.dossier.DossierState.EN_CONSTRUCTION;
import static org.guichet.dossier.DossierState.EN_INSTRUCTION;
import static org.guichet.dossier.DossierState.REFUSE;
import static org.guichet.dossier.DossierState.SANS_SUITE;

import org.junit.jupiter.api.Test;

/** The transitions of DOMAIN.md, and only those. */
class DossierStateTest {

    @Test
    void draftCanOnlyBeSubmitted() {
        assertThat(BROUILLON.canMoveTo(EN_CONSTRUCTION)).isTrue();
        assertThat(BROUILLON.canMoveTo(EN_INSTRUCTION)).isFalse();
        assertThat(BROUILLON.canMoveTo(ACCEPTE)).isFalse();
    }

    @Test
    void instructionCanGoBackForACorrectionOrEndInADecision() {
        assertThat(EN_INSTRUCTION.canMoveTo(EN_CONSTRUCTION)).isTrue();
        assertThat(EN_INSTRUCTION.canMoveTo(ACCEPTE)).isTrue();
        assertThat(EN_INSTRUCTION.canMoveTo(REFUSE)).isTrue();
        assertThat(EN_INSTRUCTION.canMoveTo(SANS_SUITE)).isTrue();
        assertThat(EN_INSTRUCTION.canMoveTo(BROUILLON)).isFalse();
    }

    @Test
    void decidedDossierCanOnlyBeReexamined() {
        for (DossierState decided : new DossierState[] {ACCEPTE, REFUSE, SANS_SUITE}) {
            assertThat(decided.isFinal()).isTrue();
            assertThat(decided.canMoveTo(EN_INSTRUCTION)).isTrue();
            assertThat(decided.canMoveTo(EN_CONSTRUCTION)).isFalse();
            assertThat(decided.canMoveTo(ACCEPTE)).isFalse();
        }
    }

    @Test
    void usagerMayEditOnlyBeforeInstruction() {
        assertThat(BROUILLON.editableByUsager()).isTrue();
        assertThat(EN_CONSTRUCTION.editableByUsager()).isTrue();
        assertThat(EN_INSTRUCTION.editableByUsager()).isFalse();
        assertThat(ACCEPTE.editableByUsager()).isFalse();
    }
}

package org.guichet.e2e.citizen;

import org.guichet.support.JourneyTest;
import org.junit.jupiter.api.Test;

/** A citizen finds a démarche from the home page and reads what it requires. */
class CatalogueJourneyTest extends JourneyTest {

    @Test
    void citizenSearchesTheCatalogueAndReadsADemarche() {
        inBothModes(visit -> {
            visit.open("saint-exemple.localhost", "/");
            visit.fill("Rechercher une démarche", "creche").press("Rechercher");
            visit.expectHeading("Toutes les démarches").expectText("1 démarche(s) pour « creche »");
            visit.follow("Inscription en crèche").expectHeading("Inscription en crèche");
            visit.expectText("Qui peut faire la demande").expectText("le silence vaut rejet")
                    .expectText("Service responsable");
            visit.follow("Toutes les démarches").expectHeading("Toutes les démarches");
            visit.follow("Réservation d’une salle municipale").expectHeading("Réservation d’une salle municipale");
        });
    }
}

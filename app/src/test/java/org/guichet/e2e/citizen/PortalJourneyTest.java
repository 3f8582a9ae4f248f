package org.guichet.e2e.citizen;

import org.guichet.support.JourneyTest;
import org.junit.jupiter.api.Test;

/** A visitor reaches the demo portal, its legal pages and the other language. */
class PortalJourneyTest extends JourneyTest {

    @Test
    void visitorReadsTheHomeAndLegalPagesInBothLanguages() {
        inBothModes(visit -> {
            visit.open("saint-exemple.localhost", "/");
            visit.expectHeading("Les démarches en ligne de Ville de Saint-Exemple");
            visit.follow("Accessibilité : partiellement conforme").expectHeading("Déclaration d’accessibilité");
            visit.follow("Mentions légales").expectHeading("Mentions légales");
            visit.follow("Données personnelles").expectHeading("Données personnelles");
            visit.follow("English").expectHeading("Personal data");
            visit.follow("Legal notices").expectHeading("Legal notices");
            visit.follow("Français").expectHeading("Mentions légales");
        });
    }
}

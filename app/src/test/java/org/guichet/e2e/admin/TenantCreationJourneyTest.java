package org.guichet.e2e.admin;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import javax.imageio.ImageIO;
import com.microsoft.playwright.Page;
import org.guichet.support.JourneyTest;
import org.guichet.support.Mailbox;
import org.junit.jupiter.api.Test;

/** The platform administrator creates a tenant with its first administrator, then gives it a logo and a colour. */
class TenantCreationJourneyTest extends JourneyTest {

    @Test
    void platformAdministratorCreatesATenantWithItsFirstAdministrator() {
        Path logo = pngLogo();

        inBothModes(visit -> {
            String slug = "journee-" + visit.mode() + "-" + UUID.randomUUID().toString().substring(0, 6);
            String name = "Ville de " + slug;
            String administrator = "maire-" + slug + "@example.org";
            visit.open("localhost", "/connexion");
            visit.fill("Adresse électronique", "plateforme@guichet.localhost").fill("Mot de passe", "demo-guichet-2026")
                    .press("Se connecter");
            visit.expectHeading("Collectivités");
            visit.press("Créer une collectivité").expectHeading("Créer une collectivité");

            visit.fill("Nom", name);
            visit.page().getByLabel("Commune", new Page.GetByLabelOptions().setExact(true)).check();
            visit.fill("Identifiant court", slug).fill("Adresse du portail (nom d’hôte)", slug + ".localhost")
                    .fill("Adresse postale", "1 place de la Mairie, 99000 Exemple")
                    .fill("Adresse électronique de contact", "mairie@example.org")
                    .fill("Téléphone de contact", "01 23 45 67 89")
                    .fill("Adresse électronique du premier administrateur", "pas une adresse");
            visit.page().getByLabel("Fuseau horaire").selectOption("Indian/Reunion");
            visit.press("Créer la collectivité").expectHeading("Créer une collectivité")
                    .expectText("Saisissez une adresse électronique valide pour le premier administrateur");
            visit.fill("Adresse électronique du premier administrateur", administrator)
                    .press("Créer la collectivité").expectHeading(name)
                    .expectText("Une invitation à l’administrer est envoyée à " + administrator);

            visit.fill("Couleur de la marque", "#ffdd00").press("Enregistrer")
                    .expectText("Cette couleur est trop claire");
            visit.fill("Couleur de la marque", "#7a2e8e").press("Enregistrer")
                    .expectText("Les informations de la collectivité sont enregistrées.");
            visit.page().getByLabel("Fichier du logo").setInputFiles(logo);
            visit.press("Envoyer le logo").expectText("Le logo est enregistré.");

            visit.openUrl(Mailbox.awaitLink(administrator, "/invitation/"));
            visit.expectHeading("Rejoindre l’espace agent de " + name)
                    .expectText("Administrateur");
        });
    }

    private static Path pngLogo() {
        try {
            BufferedImage image = new BufferedImage(96, 48, BufferedImage.TYPE_INT_RGB);
            Path file = Files.createTempFile("logo-", ".png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

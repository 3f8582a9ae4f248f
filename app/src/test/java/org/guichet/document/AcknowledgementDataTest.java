package org.guichet.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.guichet.document.AcknowledgementData.ServiceContact;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.ServiceUnit;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantKind;
import org.junit.jupiter.api.Test;

/** An accusé de réception cannot be made without the mentions the law requires. */
class AcknowledgementDataTest {

    private static final TenantId TENANT = new TenantId(UUID.randomUUID());
    private static final Tenant SAINT_EXEMPLE = new Tenant(TENANT, "saint-exemple", "Ville de Saint-Exemple", TenantKind.COMMUNE,
            ZoneId.of("Europe/Paris"), "#a3195b", false,
            new Tenant.Contact("1 place de la Mairie, 99000 Saint-Exemple", "mairie@saint-exemple.fr", "01 23 45 67 89"),
            List.of("saint-exemple.localhost"));

    @Test
    void completesTheServiceContactWithTheTenantsOwn() {
        var service = new ServiceUnit(UUID.randomUUID(), TENANT, "Petite enfance", "creches@saint-exemple.fr", null, " ");

        var data = AcknowledgementData.of(SAINT_EXEMPLE, service, "SE-1", "Inscription en crèche", Instant.now(), null, null);

        assertThat(data.service()).isEqualTo(new ServiceContact("Petite enfance", "1 place de la Mairie, 99000 Saint-Exemple",
                "creches@saint-exemple.fr", "01 23 45 67 89"));
        assertThat(data.brandColour()).isEqualTo("#a3195b");
        assertThat(data.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    }

    @Test
    void refusesAServiceWithoutAPhoneNumber() {
        assertThatThrownBy(() -> new ServiceContact("Voirie", "1 rue Haute", "voirie@example.org", ""))
                .hasMessageContaining("service phone");
    }

    @Test
    void acceptsOnlyAPlainHexColourIntoTheStyleSheet() {
        var service = new ServiceContact("Voirie", "1 rue Haute", "voirie@example.org", "01 02 03 04 05");

        assertThatThrownBy(() -> new AcknowledgementData("Ville", "red; background: url(http://x)", ZoneId.of("UTC"), service,
                "R-1", "Signalement", Instant.now(), null, null)).hasMessageContaining("#rrggbb");
        assertThat(new AcknowledgementData("Ville", null, ZoneId.of("UTC"), service, "R-1", "Signalement", Instant.now(), null, null)
                .brandColour()).isEqualTo(AcknowledgementData.DEFAULT_COLOUR);
    }
}

package org.guichet.document.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Dates read as in a French administrative letter, in the tenant's own time zone. */
class FrenchDatesTest {

    private static String plain(String text) {
        return text.replace(FrenchDates.NO_BREAK_SPACE, ' ');
    }

    @Test
    void writesTheFirstOfTheMonthAsPremier() {
        assertThat(plain(FrenchDates.date(LocalDate.of(2026, 12, 1)))).isEqualTo("mardi 1er décembre 2026");
        assertThat(plain(FrenchDates.date(LocalDate.of(2026, 11, 23)))).isEqualTo("lundi 23 novembre 2026");
    }

    @Test
    void neverBreaksALineInsideADateOrTime() {
        assertThat(FrenchDates.date(LocalDate.of(2026, 11, 23))).doesNotContain(" ");
        assertThat(FrenchDates.time(Instant.parse("2026-11-23T08:05:00Z"), ZoneId.of("Europe/Paris")))
                .isEqualTo("9\u00a0h\u00a005");
    }

    @Test
    void givesTheDayAndTimeInTheTenantsZone() {
        Instant lateEveningUtc = Instant.parse("2026-02-28T23:30:00Z");

        assertThat(plain(FrenchDates.date(lateEveningUtc, ZoneId.of("Europe/Paris")))).isEqualTo("dimanche 1er mars 2026");
        assertThat(plain(FrenchDates.time(lateEveningUtc, ZoneId.of("Europe/Paris")))).isEqualTo("0 h 30");
        assertThat(plain(FrenchDates.date(lateEveningUtc, ZoneId.of("America/Cayenne")))).isEqualTo("samedi 28 février 2026");
        assertThat(plain(FrenchDates.time(lateEveningUtc, ZoneId.of("America/Cayenne")))).isEqualTo("20 h 30");
    }
}

package org.guichet.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The last day of an SVA / SVR delay, counted in the tenant's time zone. */
class ImplicitDecisionDateTest {

    private static final Instant LATE_ON_30_APRIL_UTC = Instant.parse("2027-04-30T23:30:00Z");

    @Test
    void aRequestReceivedLateOn30AprilUtcIsAlready1MayInParisAndNoumea() {
        assertThat(ImplicitDecisions.deemedOn(LATE_ON_30_APRIL_UTC, ZoneId.of("Europe/Paris"), 2))
                .isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(ImplicitDecisions.deemedOn(LATE_ON_30_APRIL_UTC, ZoneId.of("Pacific/Noumea"), 2))
                .isEqualTo(LocalDate.of(2027, 7, 1));
    }

    @Test
    void theSameRequestIsStill30AprilInCayenne() {
        assertThat(ImplicitDecisions.deemedOn(LATE_ON_30_APRIL_UTC, ZoneId.of("America/Cayenne"), 2))
                .isEqualTo(LocalDate.of(2027, 6, 30));
    }

    @Test
    void aDelayEndingInAMonthWithoutThatDayEndsOnItsLastDay() {
        assertThat(ImplicitDecisions.deemedOn(Instant.parse("2027-12-31T10:00:00Z"), ZoneId.of("Europe/Paris"), 2))
                .isEqualTo(LocalDate.of(2028, 2, 29));
    }
}

package de.thwien.dsr.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AccountabilityRetentionTest {

    @Test
    void caseClosedInMayIsShreddableFromTheFirstOfJanuaryFourYearsLater() {
        assertThat(AccountabilityRetention.shreddableFrom(Instant.parse("2026-05-10T10:00:00Z")))
                .isEqualTo(LocalDate.parse("2030-01-01"));
    }

    @Test
    void caseClosedJustAfterMidnightOnNewYearInBerlinCountsForTheNewYear() {
        // 23:30 UTC on 31 Dec is 00:30 on 1 Jan in Berlin
        assertThat(AccountabilityRetention.shreddableFrom(Instant.parse("2026-12-31T23:30:00Z")))
                .isEqualTo(LocalDate.parse("2031-01-01"));
    }

    @Test
    void onTheLastDayOfTheThirdYearTheCaseIsStillKept() {
        Instant closedAt = Instant.parse("2026-05-10T10:00:00Z");
        Instant lastEvening = Instant.parse("2029-12-31T22:59:00Z"); // 23:59 in Berlin

        assertThat(closedAt).isAfterOrEqualTo(AccountabilityRetention.endedBefore(lastEvening));
    }

    @Test
    void onNewYearsDayOfTheFourthYearTheCaseIsDue() {
        Instant closedAt = Instant.parse("2026-12-31T22:59:00Z"); // 23:59 on 31 Dec 2026 in Berlin
        Instant newYear = Instant.parse("2029-12-31T23:00:00Z"); // 00:00 on 1 Jan 2030 in Berlin

        assertThat(closedAt).isBefore(AccountabilityRetention.endedBefore(newYear));
    }
}

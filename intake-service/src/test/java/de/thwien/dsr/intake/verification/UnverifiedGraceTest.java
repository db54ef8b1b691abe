package de.thwien.dsr.intake.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** When the requester is told that her identity was not confirmed: NRW working days, always before the due date. */
class UnverifiedGraceTest {

    private static final LocalDate FAR_AWAY = LocalDate.parse("2027-01-29");
    private final UnverifiedGrace threeWorkingDays = new UnverifiedGrace(3);

    @Test
    void noticeComesOnTheThirdWorkingDayAfterTheExpiry() {
        assertThat(threeWorkingDays.noticeOn(LocalDate.parse("2026-03-02"), FAR_AWAY))
                .isEqualTo(LocalDate.parse("2026-03-05"));
    }

    @Test
    void mayDayInsideTheGraceIsNoWorkingDay() {
        // Wed 29 Apr 2026: Thu 30 Apr (1), Fri 1 May holiday, weekend, Mon 4 May (2), Tue 5 May (3)
        assertThat(threeWorkingDays.noticeOn(LocalDate.parse("2026-04-29"), FAR_AWAY))
                .isEqualTo(LocalDate.parse("2026-05-05"));
    }

    @Test
    void expiryOnASaturdayCountsFromMonday() {
        assertThat(threeWorkingDays.noticeOn(LocalDate.parse("2026-03-07"), FAR_AWAY))
                .isEqualTo(LocalDate.parse("2026-03-11"));
    }

    @Test
    void graceReachingTheDueDateEndsOnTheLastWorkingDayBeforeIt() {
        assertThat(threeWorkingDays.noticeOn(LocalDate.parse("2026-04-29"), LocalDate.parse("2026-05-05")))
                .isEqualTo(LocalDate.parse("2026-05-04"));
    }

    @Test
    void lastWorkingDayBeforeTheDueDateSkipsAHoliday() {
        // due Mon 4 May 2026: Sunday, Saturday and Friday 1 May are no working days
        assertThat(threeWorkingDays.noticeOn(LocalDate.parse("2026-04-29"), LocalDate.parse("2026-05-04")))
                .isEqualTo(LocalDate.parse("2026-04-30"));
    }

    @Test
    void noticeGoesOutAtOnceWhenTheLastWorkingDayBeforeTheDueDateHasPassed() {
        assertThat(threeWorkingDays.noticeOn(LocalDate.parse("2026-04-29"), LocalDate.parse("2026-04-29")))
                .isEqualTo(LocalDate.parse("2026-04-29"));
        assertThat(threeWorkingDays.noticeOn(LocalDate.parse("2026-06-10"), LocalDate.parse("2026-05-05")))
                .as("already overdue").isEqualTo(LocalDate.parse("2026-06-10"));
    }
}

package de.thwien.dsr.intake.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DeadlineCalculatorTest {

    private final DeadlineCalculator calculator = new DeadlineCalculator();

    @Test
    void mailAt2330UtcInWinterIsReceivedOnTheNextBerlinDay() {
        assertThat(calculator.receiptDay(Instant.parse("2026-03-04T23:30:00Z"))).isEqualTo("2026-03-05");
    }

    @Test
    void mailAt2130UtcInSummerIsReceivedOnTheNextBerlinDay() {
        assertThat(calculator.receiptDay(Instant.parse("2026-07-14T22:30:00Z"))).isEqualTo("2026-07-15");
    }

    @Test
    void dueDateMovesPastEasterMonday() {
        Deadlines deadlines = calculator.deadlinesFor(Instant.parse("2026-03-04T23:30:00Z"));

        assertThat(deadlines).isEqualTo(new Deadlines(LocalDate.parse("2026-03-05"),
                LocalDate.parse("2026-04-07"), LocalDate.parse("2026-06-05")));
    }

    @ParameterizedTest(name = "received {0} -> due {1}")
    @CsvSource({
            // same-numbered day one month later on a working day
            "2026-02-10, 2026-03-10",
            // 31 Jan -> 28 Feb (last day of the shorter month), a Saturday -> Monday 2 Mar
            "2026-01-31, 2026-03-02",
            // leap year: 31 Jan 2028 -> 29 Feb 2028, a Tuesday
            "2028-01-31, 2028-02-29",
            // 30 Apr -> 30 May 2026 is a Saturday -> 1 Jun
            "2026-04-30, 2026-06-01",
            // 1 Apr -> 1 May (holiday, Friday) -> Monday 4 May
            "2026-04-01, 2026-05-04",
            // Ascension 14 May 2026 (Thursday) -> Friday 15 May
            "2026-04-14, 2026-05-15",
            // Whit Monday 25 May 2026 -> Tuesday 26 May
            "2026-04-25, 2026-05-26",
            // Corpus Christi 4 Jun 2026 (Thursday) -> Friday 5 Jun
            "2026-05-04, 2026-06-05",
            // 3 Oct 2025 is a Friday holiday -> Monday 6 Oct
            "2025-09-03, 2025-10-06",
            // 1 Nov 2027 (Monday, All Saints) -> 2 Nov
            "2027-10-01, 2027-11-02",
            // 25 and 26 Dec 2025 (Thu, Fri) -> Monday 29 Dec
            "2025-11-25, 2025-12-29",
            // 1 Jan 2027 (Friday) -> Monday 4 Jan
            "2026-12-01, 2027-01-04",
            // Good Friday 3 Apr 2026 -> Tuesday 7 Apr (Sat, Sun, Easter Monday)
            "2026-03-03, 2026-04-07",
            // 6 Jan and 24 Dec are working days in NRW
            "2026-12-06, 2027-01-06",
            "2026-11-24, 2026-12-24",
            // 30 Nov -> 30 Dec: a shorter start month does not stretch to the 31st
            "2026-11-30, 2026-12-30"
    })
    void dueDateIsOneMonthLaterOnTheNextWorkingDay(LocalDate receivedOn, LocalDate expectedDueOn) {
        assertThat(calculator.dueOn(receivedOn)).isEqualTo(expectedDueOn);
    }

    @ParameterizedTest(name = "received {0} -> extended due {1}")
    @CsvSource({
            "2026-03-05, 2026-06-05",
            // LEGAL.md §2: 31 Jan -> first period ends 28 Feb; two further months -> 28 Apr, not 30 Apr
            "2026-01-31, 2026-04-28",
            // 29 Jan 2027 -> 28 Feb -> 28 Apr 2027 (Wednesday)
            "2027-01-29, 2027-04-28",
            // 31 Jul -> 31 Aug -> 31 Oct 2025 (Reformation Day, a Friday): a working day in NRW
            "2025-07-31, 2025-10-31",
            // 30 Nov -> 30 Dec -> 28 Feb 2027 (last day, a Sunday) -> Monday 1 Mar
            "2026-11-30, 2027-03-01",
            // 31 Mar 2027 -> 30 Apr -> 30 Jun 2027 (Wednesday)
            "2027-03-31, 2027-06-30"
    })
    void extendedDueDateIsTwoMonthsAfterTheUnshiftedEndOfTheFirstPeriodOnTheNextWorkingDay(LocalDate receivedOn, LocalDate expected) {
        assertThat(calculator.extendedDueOn(receivedOn)).isEqualTo(expected);
    }

    /** LEGAL.md §2 examples and dated cases around DST, year ends, month ends and every NRW holiday. */
    @ParameterizedTest(name = "{0} -> received {1}, due {2}, extended {3}: {4}")
    @CsvFileSource(resources = "/deadlines/dated-cases.csv")
    void datedCasesGetTheirReceiptDayDueDateAndExtendedDueDate(Instant receivedAt, LocalDate receivedOn,
            LocalDate dueOn, LocalDate extendedDueOn, String why) {
        assertThat(calculator.deadlinesFor(receivedAt)).as(why)
                .isEqualTo(new Deadlines(receivedOn, dueOn, extendedDueOn));
    }

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05", "2027, 2027-03-28",
            "2038, 2038-04-25", "2285, 2285-03-22"})
    void easterSundayIsComputedForAnyYear(int year, LocalDate expected) {
        assertThat(NrwPublicHolidays.easterSunday(year)).isEqualTo(expected);
    }

    @Test
    void newYearsEveIsAWorkingDay() {
        assertThat(calculator.isWorkingDay(LocalDate.parse("2026-12-31"))).isTrue();
    }

    @Test
    void nrwHasElevenPublicHolidaysAndNotEpiphanyOrReformationDay() {
        assertThat(NrwPublicHolidays.holidaysOf(2026)).hasSize(11)
                .doesNotContain(LocalDate.parse("2026-01-06"), LocalDate.parse("2026-10-31"),
                        LocalDate.parse("2026-12-24"), LocalDate.parse("2026-12-31"));
    }
}

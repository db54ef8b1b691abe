package de.thwien.dsr.intake.deadlines;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Art. 12(3) GDPR periods computed per Regulation (EEC, Euratom) No 1182/71 Art. 3 (LEGAL.md §2).
 *
 * <p>The receipt day is the calendar day in Europe/Berlin. A period of months ends on the day
 * with the same number as the receipt day; where that month is shorter, on its last day
 * ({@link LocalDate#plusMonths} does exactly that). A period ending on a Saturday, Sunday or
 * NRW public holiday ends on the next working day. The extended period (Art. 12(3) "by two further months")
 * adds two months to the first period's end before that shift, with the same last-day rule (the chained reading of
 * LEGAL.md §2: received 31 Jan 2026, the first period ends 28 Feb, the extended one 28 Apr, not 30 Apr).
 */
public final class DeadlineCalculator {

    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final int MONTHS_TO_ANSWER = 1;
    private static final int FURTHER_MONTHS_OF_EXTENSION = 2;

    public Deadlines deadlinesFor(Instant receivedAt) {
        LocalDate receivedOn = receiptDay(receivedAt);
        return new Deadlines(receivedOn, dueOn(receivedOn), extendedDueOn(receivedOn));
    }

    public LocalDate receiptDay(Instant receivedAt) {
        return receivedAt.atZone(BERLIN).toLocalDate();
    }

    public LocalDate dueOn(LocalDate receivedOn) {
        return nextWorkingDayFrom(endOfFirstPeriod(receivedOn));
    }

    public LocalDate extendedDueOn(LocalDate receivedOn) {
        return nextWorkingDayFrom(endOfFirstPeriod(receivedOn).plusMonths(FURTHER_MONTHS_OF_EXTENSION));
    }

    /** The first period's last day before any weekend or holiday shift. */
    private static LocalDate endOfFirstPeriod(LocalDate receivedOn) {
        return receivedOn.plusMonths(MONTHS_TO_ANSWER);
    }

    /** The day itself if it is a working day, else the next one. */
    public LocalDate nextWorkingDayFrom(LocalDate day) {
        LocalDate candidate = day;
        while (!isWorkingDay(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    /** The {@code workingDays}-th working day after {@code day} (the day itself not counted); 0 is the day itself. */
    public LocalDate plusWorkingDays(LocalDate day, int workingDays) {
        LocalDate candidate = day;
        for (int counted = 0; counted < workingDays; counted++) {
            candidate = nextWorkingDayFrom(candidate.plusDays(1));
        }
        return candidate;
    }

    /** The last working day before {@code day}. */
    public LocalDate lastWorkingDayBefore(LocalDate day) {
        LocalDate candidate = day.minusDays(1);
        while (!isWorkingDay(candidate)) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dayOfWeek = day.getDayOfWeek();
        return dayOfWeek != DayOfWeek.SATURDAY && dayOfWeek != DayOfWeek.SUNDAY
                && !NrwPublicHolidays.isHoliday(day);
    }
}

package de.thwien.dsr.intake.retention;

import de.thwien.dsr.intake.deadlines.DeadlineCalculator;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How long the record of a handled request is kept (LEGAL.md §3: accountability, Art. 5(2) GDPR; limitation
 * §§195, 199 BGB): 3 years from the end of the calendar year in which the case closed, in Europe/Berlin. From
 * 1 January of the fourth year after closing it goes, and with it the case's data key.
 */
public final class CaseRecordRetention {

    static final int YEARS = 3;

    private CaseRecordRetention() {
    }

    /** The first day on which a case closed at {@code closedAt} may be shredded. */
    public static LocalDate shreddableFrom(Instant closedAt) {
        int closedInYear = closedAt.atZone(DeadlineCalculator.BERLIN).getYear();
        return LocalDate.of(closedInYear + YEARS + 1, 1, 1);
    }

    /** At {@code now}, every case closed before this instant is past its retention. */
    public static Instant closedBefore(Instant now) {
        int thisYear = now.atZone(DeadlineCalculator.BERLIN).getYear();
        return LocalDate.of(thisYear - YEARS, 1, 1).atStartOfDay(DeadlineCalculator.BERLIN).toInstant();
    }
}

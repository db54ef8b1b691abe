package de.thwien.dsr.platform.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How long the record of a handled request, or of an Art. 13 notice, is kept to show what was done
 * (LEGAL.md §3: accountability, Art. 5(2) GDPR; limitation §§195, 199 BGB): 3 years from the end of the calendar
 * year in which the matter ended (a case closed, a notice sent), in Europe/Berlin. From 1 January of the fourth
 * year after it, the record goes, and with it its data key.
 */
public final class AccountabilityRetention {

    static final int YEARS = 3;
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private AccountabilityRetention() {
    }

    /** The first day on which a record of something that ended at {@code endedAt} may be shredded. */
    public static LocalDate shreddableFrom(Instant endedAt) {
        int endedInYear = endedAt.atZone(BERLIN).getYear();
        return LocalDate.of(endedInYear + YEARS + 1, 1, 1);
    }

    /** At {@code now}, the record of everything that ended before this instant is past its retention. */
    public static Instant endedBefore(Instant now) {
        int thisYear = now.atZone(BERLIN).getYear();
        return LocalDate.of(thisYear - YEARS, 1, 1).atStartOfDay(BERLIN).toInstant();
    }
}

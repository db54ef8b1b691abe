package de.thwien.dsr.erasure.retention.rules;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The event that starts a deletion rule's standard period (DIN 66398 "Startzeitpunkt").
 */
public enum StartEvent {
    /** The end of the calendar year in which the document was created, sent or received (§147(4) AO, §257(5) HGB). */
    END_OF_YEAR {
        @Override
        LocalDate startOf(LocalDate documentDate) {
            return MonthDay.of(12, 31).atYear(documentDate.getYear());
        }
    },
    /**
     * The day the data came into being, e.g. a conference recording or a log line. That day is not
     * counted and the period ends with its last day (§§187(1), 188(2) BGB): a recording of 1 November
     * kept 14 days is erasable from 16 November.
     */
    DOCUMENT_DATE {
        @Override
        LocalDate startOf(LocalDate documentDate) {
            return documentDate;
        }
    },
    /**
     * The moment the data came into being, for "at most N days" of the privacy policy (LEGAL.md §3): a log line
     * written at 10:00 on 1 March and kept at most 2 days may be erased from 10:00 on 3 March, never later. Given only
     * a date, the period is counted as for {@link #DOCUMENT_DATE} (from the end of that day).
     */
    TIMESTAMP {
        @Override
        LocalDate startOf(LocalDate documentDate) {
            return documentDate;
        }
    };

    /** The last day before the standard period starts running. */
    abstract LocalDate startOf(LocalDate documentDate);
}

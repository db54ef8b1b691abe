package de.thwien.dsr.erasure.retention.rules;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A change of a statutory period, e.g. BEG IV shortening the voucher period from 10 to 8 years
 * from 1 January 2025 for every voucher whose old period had not ended by 31 December 2024.
 *
 * @param previousPeriod the period before the change
 * @param effectiveFrom  the first day the new period is in force
 */
public record PeriodTransition(Period previousPeriod, LocalDate effectiveFrom) {

    public PeriodTransition {
        Objects.requireNonNull(previousPeriod, "previousPeriod");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }
}

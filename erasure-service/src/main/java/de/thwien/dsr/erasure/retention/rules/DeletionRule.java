package de.thwien.dsr.erasure.retention.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * One data category's deletion rule after DIN 66398: a start event plus a standard period
 * ("Regellöschfrist"), the legal basis that demands it and, for changed laws, the transition.
 *
 * @param category    category id, e.g. {@code accounting-voucher}
 * @param description what the category holds, in words
 * @param kind        statutory hold or maximum storage
 * @param startEvent  what starts the period
 * @param period      the standard period; zero means no hold at all
 * @param legalBasis  the provisions behind the period, quoted to the requester
 * @param transition  an earlier period still applying to older documents, if any
 */
public record DeletionRule(
        String category,
        String description,
        RuleKind kind,
        StartEvent startEvent,
        Period period,
        String legalBasis,
        Optional<PeriodTransition> transition) {

    public DeletionRule {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startEvent, "startEvent");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(transition, "transition");
        if (period.isNegative()) {
            throw new IllegalArgumentException("period of " + category + " is negative");
        }
    }

    /**
     * The first day the document may be erased under this rule: the day after the period that
     * started with {@link #startEvent} has ended. Under a transition the new period applies only
     * when the previous one had not ended before the change took effect, and a document the old
     * law still held then becomes erasable no earlier than the day the change took effect.
     */
    public LocalDate erasableFrom(LocalDate documentDate) {
        LocalDate start = startEvent.startOf(documentDate);
        LocalDate underCurrentPeriod = start.plus(period).plusDays(1);
        if (transition.isEmpty()) {
            return underCurrentPeriod;
        }
        PeriodTransition change = transition.get();
        LocalDate underPreviousPeriod = start.plus(change.previousPeriod()).plusDays(1);
        if (underPreviousPeriod.isAfter(change.effectiveFrom())) {
            // the old period had not ended by the eve of the change: the new period applies
            return underCurrentPeriod.isBefore(change.effectiveFrom()) ? change.effectiveFrom() : underCurrentPeriod;
        }
        return underPreviousPeriod;
    }

    /**
     * The moment a record that came into being at {@code createdAt} may be erased under this rule: for a
     * {@link StartEvent#TIMESTAMP} rule the period counted from that moment on the calendar of {@code zone}; for the
     * others the start of the day {@link #erasableFrom} gives for the record's date in {@code zone}.
     */
    public Instant erasableAt(Instant createdAt, ZoneId zone) {
        Objects.requireNonNull(createdAt, "createdAt");
        if (startEvent == StartEvent.TIMESTAMP) {
            return createdAt.atZone(zone).plus(period).toInstant();
        }
        return erasableFrom(createdAt.atZone(zone).toLocalDate()).atStartOfDay(zone).toInstant();
    }

    /** Whether any period runs at all; a zero period means "erase, nothing holds". */
    public boolean hasPeriod() {
        return !period.isZero();
    }
}

package de.thwien.dsr.subjectindex.access.archive;

import de.thwien.dsr.events.RetentionCategory;

import java.time.LocalDate;
import java.util.Optional;

/**
 * How long one record is kept, as far as the package can tell (LEGAL.md §3): a statutory hold runs from the end of
 * the year its document is dated in for N years and the record goes from 1 January after; customer master data is
 * kept while any of the person's records is on hold. Where the end depends on what the package does not know (a
 * contract still running, the operator's configured periods), {@link Kind#DECIDED_BY_CATEGORY}: the index page says
 * in words what decides it.
 *
 * @param keptUntil  last day of the hold (HOLD, UNTIL_LAST_HOLD)
 * @param erasedFrom the day the record may be erased (HOLD, UNTIL_LAST_HOLD)
 */
public record Retention(Kind kind, RetentionCategory category, LocalDate keptUntil, LocalDate erasedFrom) {

    public enum Kind {
        /** Kept under a statutory hold (§147 AO) until {@code keptUntil}. */
        HOLD,
        /** The hold has ended: the record goes with the next routine erasure. */
        HOLD_ENDED,
        /** Master data kept until the last hold of the person's other records ends. */
        UNTIL_LAST_HOLD,
        /** The category's rule in words. */
        DECIDED_BY_CATEGORY
    }

    /** Statutory years of a category (LEGAL.md §3), if it has a hold. */
    static Optional<Integer> statutoryYears(RetentionCategory category) {
        return switch (category) {
            case ACCOUNTING_RECORD -> Optional.of(10);
            case ACCOUNTING_VOUCHER -> Optional.of(8); // since 1 Jan 2025 (BEG IV), for every voucher still held then
            case COMMERCIAL_LETTER, TAX_DOCUMENT -> Optional.of(6);
            case GENERAL_CORRESPONDENCE, CUSTOMER_MASTER_DATA, CONFERENCE_ACCOUNT, CONFERENCE_RECORDING, CONFERENCE_LOG,
                 VOICEMAIL, WEB_SERVER_LOG, BACKUP, DSR_REQUEST_RECORD -> Optional.empty();
        };
    }

    /** The hold of a record dated {@code start}, on {@code today}; empty without a statutory hold or a date. */
    static Optional<Retention> hold(RetentionCategory category, LocalDate start, LocalDate today) {
        if (start == null) {
            return Optional.empty();
        }
        return statutoryYears(category).map(years -> {
            LocalDate keptUntil = LocalDate.of(start.getYear() + years, 12, 31);
            Kind kind = keptUntil.isBefore(today) ? Kind.HOLD_ENDED : Kind.HOLD;
            return new Retention(kind, category, keptUntil, keptUntil.plusDays(1));
        });
    }

    /**
     * The retention of one record.
     *
     * @param lastHoldEnd the latest running hold among the person's records in this package, if any
     */
    static Retention of(RetentionCategory category, LocalDate start, LocalDate today, Optional<LocalDate> lastHoldEnd) {
        Optional<Retention> hold = hold(category, start, today);
        if (hold.isPresent()) {
            return hold.get();
        }
        if (category == RetentionCategory.CUSTOMER_MASTER_DATA && lastHoldEnd.isPresent()) {
            return new Retention(Kind.UNTIL_LAST_HOLD, category, lastHoldEnd.get(), lastHoldEnd.get().plusDays(1));
        }
        return new Retention(Kind.DECIDED_BY_CATEGORY, category, null, null);
    }
}

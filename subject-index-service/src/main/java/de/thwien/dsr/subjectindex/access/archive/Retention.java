package de.thwien.dsr.subjectindex.access.archive;

import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.RetentionCategory;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * How long one record is kept, as far as the package can tell (LEGAL.md §3): a statutory hold runs from the end of
 * the year its document is dated in for N years and the record goes from 1 January after; customer master data is
 * kept while any of the person's records is on hold; recordings, logs and backups go at the latest when the longest
 * time the privacy policy keeps them has passed. Where the end depends on what the package does not know (a
 * contract still running, an enquiry not yet settled), {@link Kind#DECIDED_BY_CATEGORY}: the index page says in
 * words what decides it.
 *
 * @param keptUntil  last day of the hold (HOLD, UNTIL_LAST_HOLD)
 * @param erasedFrom the day the record may be erased (HOLD, UNTIL_LAST_HOLD), or is erased at the latest
 *                   (STORAGE_LIMIT, STORAGE_LIMIT_PASSED)
 * @param parts      for a record whose parts are held for different times (LEGAL.md §3: a mail's text and the
 *                   invoice attached to it), each part's own retention; the record's is that of the part held
 *                   longest. Empty for a record that is one whole.
 */
public record Retention(Kind kind, RetentionCategory category, LocalDate keptUntil, LocalDate erasedFrom,
        List<PartRetention> parts) {

    public Retention {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** The retention of a record that is one whole. */
    public Retention(Kind kind, RetentionCategory category, LocalDate keptUntil, LocalDate erasedFrom) {
        this(kind, category, keptUntil, erasedFrom, List.of());
    }

    /** How long one part of a record is kept. */
    public record PartRetention(Finding.PartKind kind, Retention retention) {
    }

    public enum Kind {
        /** Kept under a statutory hold (§147 AO) until {@code keptUntil}. */
        HOLD,
        /** The hold has ended: the record goes with the next routine erasure. */
        HOLD_ENDED,
        /** Master data kept until the last hold of the person's other records ends. */
        UNTIL_LAST_HOLD,
        /** Kept at most until {@code erasedFrom} (LEGAL.md §3, non-statutory periods of the privacy policy). */
        STORAGE_LIMIT,
        /** Its longest storage ended on {@code erasedFrom}: the record goes with the next routine erasure. */
        STORAGE_LIMIT_PASSED,
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
            case INVOICE_DRAFT -> Optional.empty(); // never issued: no voucher (LEGAL.md §3)
        };
    }

    /**
     * The longest the privacy policy keeps a record of a category, counted from its date (LEGAL.md §3,
     * non-statutory), if it limits it. The same defaults as erasure-service's {@code dsr.retention.rules.*}
     * of kind MAXIMUM_STORAGE.
     */
    static Optional<Period> storageLimit(RetentionCategory category) {
        return switch (category) {
            case CONFERENCE_RECORDING -> Optional.of(Period.ofDays(14));
            case CONFERENCE_LOG -> Optional.of(Period.ofDays(1));
            case WEB_SERVER_LOG -> Optional.of(Period.ofDays(2));
            case BACKUP -> Optional.of(Period.ofMonths(6));
            case ACCOUNTING_RECORD, ACCOUNTING_VOUCHER, COMMERCIAL_LETTER, TAX_DOCUMENT, GENERAL_CORRESPONDENCE,
                 CUSTOMER_MASTER_DATA, CONFERENCE_ACCOUNT, VOICEMAIL, DSR_REQUEST_RECORD -> Optional.empty();
            case INVOICE_DRAFT -> Optional.empty();
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
     * The retention of one record and of each of its {@code parts} (empty: the record is one whole); a part of an
     * unknown category is told as the record's rule in words.
     *
     * @param lastHoldEnd the latest running hold among the person's records in this package, if any
     */
    static Retention of(RetentionCategory category, LocalDate start, LocalDate today, Optional<LocalDate> lastHoldEnd,
            List<Finding.Part> parts) {
        Retention whole = of(category, start, today, lastHoldEnd);
        List<PartRetention> ofParts = parts.stream().map(part -> new PartRetention(part.kind(),
                RetentionCategory.find(part.retentionCategory())
                        .map(partCategory -> of(partCategory, start, today, lastHoldEnd))
                        .orElse(new Retention(Kind.DECIDED_BY_CATEGORY, category, null, null))))
                .toList();
        return new Retention(whole.kind(), whole.category(), whole.keptUntil(), whole.erasedFrom(), ofParts);
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
        if (start != null && storageLimit(category).isPresent()) {
            LocalDate erasedBy = start.plus(storageLimit(category).get());
            Kind kind = erasedBy.isBefore(today) ? Kind.STORAGE_LIMIT_PASSED : Kind.STORAGE_LIMIT;
            return new Retention(kind, category, null, erasedBy);
        }
        return new Retention(Kind.DECIDED_BY_CATEGORY, category, null, null);
    }
}

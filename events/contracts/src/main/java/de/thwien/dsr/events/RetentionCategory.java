package de.thwien.dsr.events;

import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What kind of record a finding is, which decides how long it must or may be kept: the statutory categories of
 * LEGAL.md §3 (§147 AO, §257 HGB) and the non-statutory ones of the operator's privacy policy and deletion concept.
 * Events carry the id ({@link Finding#retentionCategory()}); code that treats categories differently switches on
 * this type.
 */
public enum RetentionCategory {
    ACCOUNTING_RECORD("accounting-record"),
    ACCOUNTING_VOUCHER("accounting-voucher"),
    COMMERCIAL_LETTER("commercial-letter"),
    TAX_DOCUMENT("tax-document"),
    GENERAL_CORRESPONDENCE("general-correspondence"),
    INVOICE_DRAFT("invoice-draft"),
    CUSTOMER_MASTER_DATA("customer-master-data"),
    CONFERENCE_ACCOUNT("conference-account"),
    CONFERENCE_RECORDING("conference-recording"),
    CONFERENCE_LOG("conference-log"),
    VOICEMAIL("voicemail"),
    WEB_SERVER_LOG("web-server-log"),
    BACKUP("backup"),
    DSR_REQUEST_RECORD("dsr-request-record");

    private final String id;

    RetentionCategory(String id) {
        this.id = id;
    }

    /** The id as events, mappings and the deletion concept's configuration write it. */
    public String id() {
        return id;
    }

    /** The category with this id; an id no category has is a broken event, mapping or configuration. */
    public static RetentionCategory of(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown retention category '" + id + "'"));
    }

    /** The category with this id, if one has it (events written by a newer or an older service may carry others). */
    public static Optional<RetentionCategory> find(String id) {
        return Arrays.stream(values()).filter(category -> category.id.equals(id)).findFirst();
    }

    /**
     * The laws that demand a statutory hold of records of this category, in the order they are cited (LEGAL.md §3);
     * empty for a category without one. The one place that says it: notices and the access copy both cite these.
     */
    public List<RetentionLaw> statutoryLaws() {
        return switch (this) {
            case ACCOUNTING_RECORD, COMMERCIAL_LETTER -> List.of(RetentionLaw.TAX_CODE, RetentionLaw.COMMERCIAL_CODE);
            case ACCOUNTING_VOUCHER -> List.of(RetentionLaw.TAX_CODE, RetentionLaw.COMMERCIAL_CODE, RetentionLaw.VAT_ACT);
            case TAX_DOCUMENT -> List.of(RetentionLaw.TAX_CODE);
            case GENERAL_CORRESPONDENCE, CUSTOMER_MASTER_DATA, CONFERENCE_ACCOUNT, CONFERENCE_RECORDING, CONFERENCE_LOG,
                    VOICEMAIL, WEB_SERVER_LOG, BACKUP, DSR_REQUEST_RECORD -> List.of();
            // an invoice never issued is no voucher (LEGAL.md §3)
            case INVOICE_DRAFT -> List.of();
        };
    }

    /**
     * How long the statutory hold of a record of this category runs (LEGAL.md §3's table, N years from the end of the
     * year of the document, §147(3), (4) AO, §257(4), (5) HGB); empty for a category without one. The one place that
     * says it: erasure-service's deletion concept, the access copy and the notices all count with it.
     */
    public Optional<Period> statutoryPeriod() {
        return switch (this) {
            case ACCOUNTING_RECORD -> Optional.of(Period.ofYears(10));
            // 8 years since 1 Jan 2025 (BEG IV), for every voucher whose old 10-year period had not ended by then
            case ACCOUNTING_VOUCHER -> Optional.of(Period.ofYears(8));
            case COMMERCIAL_LETTER, TAX_DOCUMENT -> Optional.of(Period.ofYears(6));
            case GENERAL_CORRESPONDENCE, CUSTOMER_MASTER_DATA, CONFERENCE_ACCOUNT, CONFERENCE_RECORDING, CONFERENCE_LOG,
                    VOICEMAIL, WEB_SERVER_LOG, BACKUP, DSR_REQUEST_RECORD -> Optional.empty();
            case INVOICE_DRAFT -> Optional.empty(); // never issued: no voucher (LEGAL.md §3)
        };
    }

    /**
     * Whether a law requires records of this category to be kept ({@link #statutoryPeriod()}): then they are kept
     * under Art. 6(1)(c) GDPR whatever else they were processed for ({@link ErasureEvents.ProcessingBasis#ofRecord}).
     */
    public boolean heldByLaw() {
        return statutoryPeriod().isPresent();
    }

    /**
     * The longest the operator's privacy policy keeps a record of this category, counted from the record's timestamp
     * (LEGAL.md §3, non-statutory: "at most N days"); empty for a category it does not limit. The one place that says
     * it, as {@link #statutoryPeriod()} for the statutory holds.
     */
    public Optional<Period> maximumStorage() {
        return switch (this) {
            case CONFERENCE_RECORDING -> Optional.of(Period.ofDays(14));
            case CONFERENCE_LOG -> Optional.of(Period.ofDays(1));
            case WEB_SERVER_LOG -> Optional.of(Period.ofDays(2));
            case BACKUP -> Optional.of(Period.ofMonths(6));
            case ACCOUNTING_RECORD, ACCOUNTING_VOUCHER, COMMERCIAL_LETTER, TAX_DOCUMENT, GENERAL_CORRESPONDENCE,
                    CUSTOMER_MASTER_DATA, CONFERENCE_ACCOUNT, VOICEMAIL, DSR_REQUEST_RECORD, INVOICE_DRAFT -> Optional.empty();
        };
    }

    /** The laws of {@link #statutoryLaws()} that bind a controller who is ({@code merchant}) or is not a merchant. */
    public List<RetentionLaw> statutoryLaws(boolean merchant) {
        return statutoryLaws().stream().filter(law -> law.binds(merchant)).toList();
    }

    /** What a requester reads for the category ("Buchungsbeleg (z. B. Rechnung)", "accounting voucher …"). */
    public String displayName(Locale language) {
        return DisplayNames.of(language, "category." + id);
    }
}

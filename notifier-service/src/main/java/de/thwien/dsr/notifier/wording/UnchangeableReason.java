package de.thwien.dsr.notifier.wording;

import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.events.StoreId;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Why a record of an Art. 16 answer cannot be changed, from what the event carries openly (store, the table its
 * reference starts with, its retention category): each reason is worded in the message files
 * ({@code rectification.notChangeable.<reason>}), so the answer gives the true one per record and never the reason of
 * a mail for an invoice. Plain Java.
 */
public enum UnchangeableReason {
    /** A mail, or a message in the CRM, as it was sent or received: changing it would falsify it. */
    MAIL,
    /** A recording as it was made. */
    RECORDING,
    /**
     * An issued invoice or a booking whose hold runs (or whose date is unknown): §146(4) AO forbids altering it; §14
     * UStG corrects by a correcting document.
     */
    ISSUED_ACCOUNTING_DOCUMENT,
    /**
     * An issued invoice or a booking whose hold has ended: no retention rule forbids altering it any more, but it
     * documents a past transaction, so it is not altered; an invoice is still corrected by a correcting document.
     */
    PAST_ACCOUNTING_DOCUMENT,
    /** The store's software offers no way to change the record (only to erase it as a whole). */
    NOT_SUPPORTED_BY_THE_SOFTWARE;

    private static final Set<String> CRM_MESSAGE_TABLES = Set.of("mail_message", "mail_mail");
    private static final Set<RetentionCategory> ISSUED =
            EnumSet.of(RetentionCategory.ACCOUNTING_VOUCHER, RetentionCategory.ACCOUNTING_RECORD);

    /**
     * @param recordDate the date that starts the record's hold (the event's retention start), null where unknown
     * @param decidedOn  the day the store's answer was decided, against which a hold has ended or runs
     */
    public static UnchangeableReason of(String store, String reference, String retentionCategory,
            LocalDate recordDate, LocalDate decidedOn) {
        Optional<StoreId> known = StoreId.find(store);
        Optional<RetentionCategory> category = RetentionCategory.find(retentionCategory);
        if (known.filter(StoreId.MAIL::equals).isPresent()
                || RecordDescriptions.tableOf(StoreId.CRM, store, reference).filter(CRM_MESSAGE_TABLES::contains)
                        .isPresent()) {
            return MAIL;
        }
        if (category.filter(RetentionCategory.CONFERENCE_RECORDING::equals).isPresent()) {
            return RECORDING;
        }
        if (category.filter(ISSUED::contains).isPresent()) {
            return holdEnded(category.get(), recordDate, decidedOn) ? PAST_ACCOUNTING_DOCUMENT
                    : ISSUED_ACCOUNTING_DOCUMENT;
        }
        return NOT_SUPPORTED_BY_THE_SOFTWARE;
    }

    /**
     * Whether the statutory hold (LEGAL.md §3: N years from the end of the record's year) ended before the day; false
     * where the record's date or the day is unknown, so only the wording that claims no hold changes.
     */
    private static boolean holdEnded(RetentionCategory category, LocalDate recordDate, LocalDate day) {
        if (recordDate == null || day == null) {
            return false;
        }
        return category.statutoryPeriod()
                .map(period -> day.isAfter(LocalDate.of(recordDate.getYear(), 12, 31).plus(period)))
                .orElse(false);
    }

    /** How the answer words it. */
    public String in(NoticeLanguage language) {
        return language.text("rectification.notChangeable." + name());
    }
}

package de.thwien.dsr.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One record about a data subject in one store.
 *
 * @param store               store id ({@link StoreId}), e.g. {@code mail}, {@code crm}, {@code conference}
 * @param reference           stable record reference, e.g. mailbox + UIDVALIDITY + UID
 * @param dataCategories      e.g. name, email, phone, address, message-content, recording
 * @param retentionCategory   retention category id ({@link RetentionCategory}): LEGAL.md §3 or a non-statutory one
 * @param retentionStart      the date that starts the retention period
 * @param legalBasis          legal basis of processing, e.g. "Art. 6(1)(b) GDPR"
 * @param matchStrength       how sure the match is
 * @param summary             one line, never a message body
 * @param parts               parts of the record with holds of their own (LEGAL.md §3: a mail's body and the invoice
 *                            attached to it); empty when the record is one whole with {@code retentionCategory}, which
 *                            otherwise is the category of the part held longest
 * @param recordedAt          when the record was created, sent or received (a mail's arrival), so that a recipient
 *                            can find it by date and time (Art. 19); null where not known and in events written
 *                            before it existed
 * @param caller              for a voicemail: the caller's number as the phone provider's mail shows it, so that the
 *                            provider finds the call (Art. 19); null otherwise. Personal data: it travels only in an
 *                            event's personal block, as the finding does
 */
public record Finding(
        String store,
        String reference,
        List<String> dataCategories,
        String retentionCategory,
        LocalDate retentionStart,
        String legalBasis,
        MatchStrength matchStrength,
        String summary,
        List<Part> parts,
        Instant recordedAt,
        String caller) {

    public Finding {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** A record without its time and caller (as findings were before they existed). */
    public Finding(String store, String reference, List<String> dataCategories, String retentionCategory,
            LocalDate retentionStart, String legalBasis, MatchStrength matchStrength, String summary,
            List<Part> parts) {
        this(store, reference, dataCategories, retentionCategory, retentionStart, legalBasis, matchStrength, summary,
                parts, null, null);
    }

    /** A record that is one whole: one category for all of it. */
    public Finding(String store, String reference, List<String> dataCategories, String retentionCategory,
            LocalDate retentionStart, String legalBasis, MatchStrength matchStrength, String summary) {
        this(store, reference, dataCategories, retentionCategory, retentionStart, legalBasis, matchStrength, summary,
                List.of());
    }

    /** The same finding, certainly the person's. */
    public Finding confirmed() {
        return new Finding(store, reference, dataCategories, retentionCategory, retentionStart, legalBasis,
                MatchStrength.STRONG, summary, parts, recordedAt, caller);
    }

    /** The store, typed. */
    public StoreId storeId() {
        return StoreId.of(store);
    }

    /** The retention category, typed. */
    public RetentionCategory category() {
        return RetentionCategory.of(retentionCategory);
    }

    /** Which part of a record: a mail's text with its headers, or the files attached to it. */
    public enum PartKind { BODY, ATTACHMENTS }

    /** One part of a record and its retention category id ({@link RetentionCategory}). */
    public record Part(PartKind kind, String retentionCategory) {

        /** The retention category, typed. */
        public RetentionCategory category() {
            return RetentionCategory.of(retentionCategory);
        }
    }

    public enum MatchStrength {
        /** Exact e-mail address or phone number. */
        STRONG,
        /** Name only or fuzzy. */
        WEAK
    }
}

package de.thwien.dsr.events;

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
        List<Part> parts) {

    public Finding {
        parts = parts == null ? List.of() : List.copyOf(parts);
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
                MatchStrength.STRONG, summary, parts);
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

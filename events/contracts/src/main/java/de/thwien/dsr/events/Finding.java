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
 */
public record Finding(
        String store,
        String reference,
        List<String> dataCategories,
        String retentionCategory,
        LocalDate retentionStart,
        String legalBasis,
        MatchStrength matchStrength,
        String summary) {

    /** The store, typed. */
    public StoreId storeId() {
        return StoreId.of(store);
    }

    /** The retention category, typed. */
    public RetentionCategory category() {
        return RetentionCategory.of(retentionCategory);
    }

    public enum MatchStrength {
        /** Exact e-mail address or phone number. */
        STRONG,
        /** Name only or fuzzy. */
        WEAK
    }
}

package de.thwien.dsr.events;

import java.util.Locale;
import java.util.Optional;

/**
 * The purposes the operator's privacy policy names for processing, as an objection (Art. 21 GDPR) is decided on them:
 * one decision per purpose, for all the records processed for it. A record's purpose follows from its retention
 * category, which every finding and every {@code dsr.erasure} record carries; the one place that says which.
 * {@link #DIRECT_MARKETING} is processing an objection always stops (Art. 21(2)–(3)); the privacy policy names none
 * ("Es werden keine Newsletter versendet"), so no category belongs to it today.
 */
public enum ObjectionPurpose {
    /** Answering mails and calls where it is not (yet) about a contract (Art. 6(1)(f): handling the enquiry). */
    CONTACT_HANDLING,
    /** Server logs and their backups (Art. 6(1)(f): availability and defence against attacks). */
    SERVER_LOGS,
    /** The conference server: accounts, invitations, logs (Art. 6(1)(f): technical usability). */
    CONFERENCE_USE,
    /** Quotes, orders, invoicing and the customer's master data. */
    CUSTOMER_RELATIONSHIP,
    /** Direct marketing (Art. 21(2)): stops on objection, without weighing. */
    DIRECT_MARKETING;

    /** The purpose records of this category are processed for. */
    public static ObjectionPurpose of(RetentionCategory category) {
        return switch (category) {
            case GENERAL_CORRESPONDENCE, VOICEMAIL, DSR_REQUEST_RECORD -> CONTACT_HANDLING;
            case WEB_SERVER_LOG, BACKUP -> SERVER_LOGS;
            case CONFERENCE_ACCOUNT, CONFERENCE_LOG, CONFERENCE_RECORDING -> CONFERENCE_USE;
            case ACCOUNTING_RECORD, ACCOUNTING_VOUCHER, COMMERCIAL_LETTER, TAX_DOCUMENT, INVOICE_DRAFT,
                    CUSTOMER_MASTER_DATA -> CUSTOMER_RELATIONSHIP;
        };
    }

    /** The purpose of records of the category with this id, if the id names a category. */
    public static Optional<ObjectionPurpose> ofCategory(String categoryId) {
        return RetentionCategory.find(categoryId).map(ObjectionPurpose::of);
    }

    /** The purpose with this name (as a path or form names it), if one has it. */
    public static Optional<ObjectionPurpose> ofName(String name) {
        return java.util.Arrays.stream(values()).filter(purpose -> purpose.name().equals(name)).findFirst();
    }

    /** Whether an objection stops it without weighing (Art. 21(3) GDPR). */
    public boolean directMarketing() {
        return this == DIRECT_MARKETING;
    }

    /** What a requester and the assistant read for the purpose. */
    public String displayName(Locale language) {
        return DisplayNames.of(language, "objectionPurpose." + name());
    }
}

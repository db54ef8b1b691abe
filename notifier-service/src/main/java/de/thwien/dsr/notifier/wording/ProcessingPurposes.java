package de.thwien.dsr.notifier.wording;

import de.thwien.dsr.events.RetentionCategory;

/**
 * The purpose of processing that continues after a consent withdrawal, in the notice's language. The
 * {@code dsr.erasure} events identify it by the retention category of the records processed for it; the
 * erasure-service's own (English) description is quoted only for a category not known here.
 */
public final class ProcessingPurposes {

    private ProcessingPurposes() {
    }

    public static String of(String purposeId, String statedPurpose, NoticeLanguage language) {
        return RetentionCategory.find(purposeId).map(category -> of(category, language)).orElse(statedPurpose);
    }

    private static String of(RetentionCategory category, NoticeLanguage language) {
        return switch (category) {
            case GENERAL_CORRESPONDENCE, VOICEMAIL -> language.text("purpose.correspondence");
            case CONFERENCE_LOG, WEB_SERVER_LOG -> language.text("purpose.serverLogs");
            case ACCOUNTING_VOUCHER, ACCOUNTING_RECORD, COMMERCIAL_LETTER, TAX_DOCUMENT, CUSTOMER_MASTER_DATA,
                    CONFERENCE_ACCOUNT, CONFERENCE_RECORDING, BACKUP, DSR_REQUEST_RECORD ->
                    language.text("purpose." + category.name());
            case INVOICE_DRAFT -> language.text("purpose." + category.name());
        };
    }
}

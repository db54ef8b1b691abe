package de.thwien.dsr.notifier.wording;

import de.thwien.dsr.events.RetentionCategory;

/**
 * The legitimate interest behind processing on Art. 6(1)(f) GDPR, which a notice must name (Art. 13(1)(d) GDPR),
 * per retention category of the records, in the notice's language. The interests are the ones the operator's
 * privacy policy states; an unknown category refers to it.
 */
public final class LegitimateInterests {

    private LegitimateInterests() {
    }

    public static String of(String category, NoticeLanguage language) {
        return RetentionCategory.find(category).map(known -> of(known, language)).orElse(privacyPolicy(language));
    }

    private static String of(RetentionCategory category, NoticeLanguage language) {
        return switch (category) {
            case GENERAL_CORRESPONDENCE, VOICEMAIL -> language.text("interest.correspondence");
            case CONFERENCE_ACCOUNT -> language.text("interest.conferenceInvitations");
            case CONFERENCE_LOG, WEB_SERVER_LOG -> language.text("interest.serviceAvailability");
            // not processed on Art. 6(1)(f) GDPR: should one ever be, the privacy policy states the interest
            case ACCOUNTING_RECORD, ACCOUNTING_VOUCHER, COMMERCIAL_LETTER, TAX_DOCUMENT, CUSTOMER_MASTER_DATA,
                    CONFERENCE_RECORDING, BACKUP, DSR_REQUEST_RECORD -> privacyPolicy(language);
            case INVOICE_DRAFT -> privacyPolicy(language);
        };
    }

    private static String privacyPolicy(NoticeLanguage language) {
        return language.text("interest.privacyPolicy");
    }
}

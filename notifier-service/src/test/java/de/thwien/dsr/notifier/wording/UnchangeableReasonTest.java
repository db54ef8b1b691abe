package de.thwien.dsr.notifier.wording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The true reason per record that cannot be rectified, never the reason of a mail for an invoice. */
class UnchangeableReasonTest {

    @Test
    void aMailAndAMessageInTheCrmAreKeptAsSentOrReceived() {
        assertThat(UnchangeableReason.of("mail", "imap://info/INBOX;UIDVALIDITY=1/;UID=4", "commercial-letter"))
                .isEqualTo(UnchangeableReason.MAIL);
        assertThat(UnchangeableReason.of("crm", "mail_message/9", "commercial-letter"))
                .isEqualTo(UnchangeableReason.MAIL);
    }

    @Test
    void anIssuedInvoiceAndABookingMayNotBeAltered() {
        assertThat(UnchangeableReason.of("crm", "account_move/21", "accounting-voucher"))
                .isEqualTo(UnchangeableReason.ISSUED_ACCOUNTING_DOCUMENT);
        assertThat(UnchangeableReason.of("crm", "account_move_line/40", "accounting-record"))
                .isEqualTo(UnchangeableReason.ISSUED_ACCOUNTING_DOCUMENT);
    }

    @Test
    void aRecordingIsKeptAsMadeAndAnythingElseIsWhatTheSoftwareCannotChange() {
        assertThat(UnchangeableReason.of("conference", "recordings/rec-1", "conference-recording"))
                .isEqualTo(UnchangeableReason.RECORDING);
        assertThat(UnchangeableReason.of("conference", "invitations/5", "conference-account"))
                .isEqualTo(UnchangeableReason.NOT_SUPPORTED_BY_THE_SOFTWARE);
        assertThat(UnchangeableReason.of("guestbook", "entry/1", null))
                .isEqualTo(UnchangeableReason.NOT_SUPPORTED_BY_THE_SOFTWARE);
    }

    @Test
    void everyReasonIsWordedInBothLanguages() {
        for (UnchangeableReason reason : UnchangeableReason.values()) {
            for (NoticeLanguage language : NoticeLanguage.values()) {
                assertThat(reason.in(language)).as(reason + " " + language).isNotBlank()
                        .doesNotContain("rectification.notChangeable");
            }
        }
        assertThat(UnchangeableReason.ISSUED_ACCOUNTING_DOCUMENT.in(NoticeLanguage.DE))
                .contains("§ 146 Abs. 4 AO", "§ 14 UStG", "berichtigendes Dokument");
        assertThat(UnchangeableReason.ISSUED_ACCOUNTING_DOCUMENT.in(NoticeLanguage.EN))
                .contains("Section 146(4)", "Section 14 of the German VAT Act", "correcting document");
    }
}

package de.thwien.dsr.notifier.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The true reason per record that cannot be rectified, never the reason of a mail for an invoice. */
class UnchangeableReasonTest {

    @Test
    void aMailAndAMessageInTheCrmAreKeptAsSentOrReceived() {
        assertThat(UnchangeableReason.of("mail", "imap://info/INBOX;UIDVALIDITY=1/;UID=4", "commercial-letter",
                null, null))
                .isEqualTo(UnchangeableReason.MAIL);
        assertThat(UnchangeableReason.of("crm", "mail_message/9", "commercial-letter", null, null))
                .isEqualTo(UnchangeableReason.MAIL);
    }

    @Test
    void anIssuedInvoiceAndABookingMayNotBeAltered() {
        assertThat(UnchangeableReason.of("crm", "account_move/21", "accounting-voucher", null, null))
                .isEqualTo(UnchangeableReason.ISSUED_ACCOUNTING_DOCUMENT);
        assertThat(UnchangeableReason.of("crm", "account_move_line/40", "accounting-record", null, null))
                .isEqualTo(UnchangeableReason.ISSUED_ACCOUNTING_DOCUMENT);
    }

    @Test
    void anInvoiceWhoseHoldHasEndedIsNotAlteredAsAPastTransactionNotUnderTheRetentionRule() {
        // invoice of 10 June 2016: 8 years from the end of 2016, hold ended on 31 December 2024
        assertThat(UnchangeableReason.of("crm", "account_move/21", "accounting-voucher", LocalDate.of(2016, 6, 10),
                LocalDate.of(2026, 3, 20))).isEqualTo(UnchangeableReason.PAST_ACCOUNTING_DOCUMENT);
        assertThat(UnchangeableReason.of("crm", "account_move/21", "accounting-voucher", LocalDate.of(2016, 6, 10),
                LocalDate.of(2024, 12, 31))).isEqualTo(UnchangeableReason.ISSUED_ACCOUNTING_DOCUMENT);
        assertThat(UnchangeableReason.of("crm", "account_move/21", "accounting-voucher", LocalDate.of(2016, 6, 10),
                LocalDate.of(2025, 1, 1))).isEqualTo(UnchangeableReason.PAST_ACCOUNTING_DOCUMENT);
        // a booking's 10 years from the end of 2016 run until the end of 2026
        assertThat(UnchangeableReason.of("crm", "account_move_line/40", "accounting-record",
                LocalDate.of(2016, 6, 10), LocalDate.of(2026, 3, 20)))
                .isEqualTo(UnchangeableReason.ISSUED_ACCOUNTING_DOCUMENT);
    }

    @Test
    void noReasonClaimsThatTheRecordIsKeptUnderAHold() {
        for (UnchangeableReason reason : UnchangeableReason.values()) {
            assertThat(reason.in(NoticeLanguage.DE)).as(reason.name()).doesNotContain("bewahren", "Aufbewahrung");
            assertThat(reason.in(NoticeLanguage.EN)).as(reason.name()).doesNotContain("We keep", "retention");
        }
        assertThat(UnchangeableReason.PAST_ACCOUNTING_DOCUMENT.in(NoticeLanguage.DE))
                .contains("abgeschlossenen Geschäftsvorfall", "§ 14 UStG").doesNotContain("§ 146");
        assertThat(UnchangeableReason.PAST_ACCOUNTING_DOCUMENT.in(NoticeLanguage.EN))
                .contains("completed transaction", "Section 14 of the German VAT Act").doesNotContain("146");
    }

    @Test
    void aRecordingIsKeptAsMadeAndAnythingElseIsWhatTheSoftwareCannotChange() {
        assertThat(UnchangeableReason.of("conference", "recordings/rec-1", "conference-recording", null, null))
                .isEqualTo(UnchangeableReason.RECORDING);
        assertThat(UnchangeableReason.of("conference", "invitations/5", "conference-account", null, null))
                .isEqualTo(UnchangeableReason.NOT_SUPPORTED_BY_THE_SOFTWARE);
        assertThat(UnchangeableReason.of("guestbook", "entry/1", null, null, null))
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

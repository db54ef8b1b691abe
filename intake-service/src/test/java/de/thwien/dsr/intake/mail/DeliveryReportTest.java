package de.thwien.dsr.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.intake.mail.DeliveryReport.Action;
import de.thwien.dsr.intake.mail.DeliveryReport.RecipientReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeliveryReportTest {

    private static final String NOTICE = "<0b6f0a52-8d8e-4a0e-9a57-3f6e0c1d2e3f@thwien.de>";
    private static final String ANNA = "anna.beispiel@requester-provider.example";

    @ParameterizedTest(name = "{0}: {2} {3}")
    @CsvSource(delimiter = '|', value = {
            "postfix-failed | true  | FAILED  | 5.1.1",
            "gmail-failed   | true  | FAILED  | 5.1.1",
            "exchange-failed| true  | FAILED  | 5.1.10",
            "postfix-delayed| true  | DELAYED | 4.4.1",
            "exim-failed    | false | FAILED  | 5.2.1"})
    void aReportNamesTheReturnedNoticeItsRecipientTheActionAndTheStatus(String sample, boolean standard,
            Action action, String status) throws Exception {
        DeliveryReport report = DeliveryReport.of(DeliverySamples.mail(sample, NOTICE, ANNA)).orElseThrow();

        assertThat(report.standard()).isEqualTo(standard);
        assertThat(report.originalMessageIds()).contains(NOTICE);
        RecipientReport recipient = report.mostSevere().orElseThrow();
        assertThat(recipient.finalRecipient()).isEqualTo(ANNA);
        assertThat(recipient.action()).isEqualTo(action);
        assertThat(recipient.status()).isEqualTo(status);
        assertThat(recipient.diagnosticCode()).isNotBlank();
    }

    @Test
    void theDiagnosticCodeIsReadAcrossFoldedLines() throws Exception {
        RecipientReport recipient = DeliveryReport.of(DeliverySamples.mail("postfix-failed", NOTICE, ANNA))
                .orElseThrow().mostSevere().orElseThrow();

        assertThat(recipient.diagnosticCode()).isEqualTo("smtp; 550 5.1.1 <" + ANNA
                + ">: Recipient address rejected: User unknown in virtual mailbox table");
        assertThat(recipient.permanent()).isTrue();
    }

    @Test
    void aDelayIsNoPermanentFailure() throws Exception {
        RecipientReport recipient = DeliveryReport.of(DeliverySamples.mail("postfix-delayed", NOTICE, ANNA))
                .orElseThrow().mostSevere().orElseThrow();

        assertThat(recipient.permanent()).isFalse();
    }

    @Test
    void aReportWithoutTheReturnedHeadersStillNamesItsRecipient() throws Exception {
        DeliveryReport report = DeliveryReport.of(DeliverySamples.mail("postfix-failed-headers-not-returned", NOTICE,
                ANNA)).orElseThrow();

        assertThat(report.originalMessageIds()).isEmpty();
        assertThat(report.mostSevere().orElseThrow().finalRecipient()).isEqualTo(ANNA);
        assertThat(report.mostSevere().orElseThrow().status()).isEqualTo("5.2.2");
    }

    @Test
    void theFailedRecipientComesBeforeOneThatWasDelivered() throws Exception {
        String raw = DeliverySamples.raw("postfix-failed", NOTICE, ANNA).replace("Final-Recipient: rfc822; " + ANNA,
                "Final-Recipient: rfc822; other@requester-provider.example\r\nAction: delivered\r\nStatus: 2.0.0\r\n"
                        + "\r\nFinal-Recipient: rfc822; " + ANNA);

        DeliveryReport report = DeliveryReport.of(DeliverySamples.parse(raw)).orElseThrow();

        assertThat(report.recipients()).hasSize(2);
        assertThat(report.mostSevere().orElseThrow().finalRecipient()).isEqualTo(ANNA);
    }

    @Test
    void aMailAPersonWroteIsNoReportEvenIfItQuotesOurMessageId() throws Exception {
        String raw = "From: Anna <" + ANNA + ">\r\nTo: datenschutz@thwien.de\r\nSubject: Re: Ihre Anfrage\r\n"
                + "Message-ID: <reply-1@requester-provider.example>\r\nIn-Reply-To: " + NOTICE + "\r\n\r\n"
                + "> Message-ID: " + NOTICE + "\r\nDanke, 5.1.1 ist mir egal.\r\n";

        assertThat(DeliveryReport.of(DeliverySamples.parse(raw))).isEmpty();
    }

    @Test
    void aMachineMailThatQuotesNoHeadersIsNoReport() throws Exception {
        String raw = "From: MAILER-DAEMON@mx.example\r\nTo: datenschutz@thwien.de\r\nSubject: Hello\r\n\r\n"
                + "Your mailbox is almost full.\r\n";

        assertThat(DeliveryReport.of(DeliverySamples.parse(raw))).isEmpty();
    }

    @Test
    void aBrokenDeliveryStatusPartYieldsNoRecipientsInsteadOfAnError() throws Exception {
        String raw = DeliverySamples.raw("postfix-failed-headers-not-returned", NOTICE, ANNA)
                .replace("Final-Recipient: rfc822; " + ANNA + "\r\nAction: failed", "\u0000garbage\r\n:::")
                .replace("Status: 5.2.2", "Status: five");

        DeliveryReport report = DeliveryReport.of(DeliverySamples.parse(raw)).orElseThrow();

        assertThat(report.mostSevere()).isEmpty();
    }
}

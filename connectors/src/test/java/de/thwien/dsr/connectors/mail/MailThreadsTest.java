package de.thwien.dsr.connectors.mail;

import de.thwien.dsr.connectors.mail.MailThreads.ThreadedMail;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MailThreadsTest {

    private static final ThreadedMail INQUIRY = new ThreadedMail("<anfrage-2@example.com>", List.of(),
            "Anfrage Webhosting Jahrespaket", false);
    private static final ThreadedMail OFFER = new ThreadedMail("<angebot-2@thwien.de>",
            List.of("<anfrage-2@example.com>"), "Angebot Webhosting Jahrespaket", false);
    private static final ThreadedMail ORDER = new ThreadedMail("<auftrag-2@example.com>",
            List.of("<anfrage-2@example.com>", "<angebot-2@thwien.de>"), "Auftragsbestätigung Webhosting Jahrespaket",
            true);
    private static final ThreadedMail CALL = new ThreadedMail("<frage-2@example.com>", List.of(), "Kurze Frage", false);

    @Test
    void theInquiryAndTheOfferThatLedToAnOrderAreInATransactionThreadAndAnUnrelatedMailIsNot() {
        assertThat(MailThreads.transactionElsewhereInThread(List.of(INQUIRY, OFFER, ORDER, CALL)))
                .containsExactly(true, true, false, false);
    }

    @Test
    void answersToTheSameMailAreOneThreadThroughTheMailTheyShare() {
        ThreadedMail ourAnswer = new ThreadedMail("<a@thwien.de>", List.of("<root@example.com>"), "Re: Server", false);
        ThreadedMail herOrder = new ThreadedMail("<b@example.com>", List.of("<root@example.com>"), "Server",
                true);

        assertThat(MailThreads.transactionElsewhereInThread(List.of(ourAnswer, herOrder))).containsExactly(true, false);
    }

    @Test
    void anAnswerBySubjectWithoutHeadersJoinsTheMailItAnswersButTheSameSubjectAloneDoesNot() {
        ThreadedMail order = new ThreadedMail(null, List.of(), "Bestellung Firewall", true);
        ThreadedMail answer = new ThreadedMail(null, List.of(), "AW: Re:  bestellung  Firewall", false);
        ThreadedMail thanks = new ThreadedMail(null, List.of(), "Danke!", true);
        ThreadedMail otherThanks = new ThreadedMail(null, List.of(), "Danke!", false);

        assertThat(MailThreads.transactionElsewhereInThread(List.of(answer, order, thanks, otherThanks)))
                .containsExactly(true, false, false, false);
    }

    @Test
    void aMailsOwnSignalDoesNotCountAsAnotherMailsOfItsThread() {
        ThreadedMail voucher = new ThreadedMail("<r@thwien.de>", List.of(), "Unterlagen", true);

        assertThat(MailThreads.transactionElsewhereInThread(List.of(voucher))).containsExactly(false);
    }

    @Test
    void theSubjectIsComparedWithoutReplyAndForwardPrefixes() {
        assertThat(MailThreads.normalisedSubject("AW: WG: Fwd: Re[2]: Angebot  Webhosting"))
                .isEqualTo("angebot webhosting");
        assertThat(MailThreads.isAnswerOrForward("Antw: Angebot")).isTrue();
        assertThat(MailThreads.isAnswerOrForward("Angebot")).isFalse();
        assertThat(MailThreads.isAnswerOrForward("Reklamation")).isFalse();
    }
}

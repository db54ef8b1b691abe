package de.thwien.dsr.connectors.mail;

import de.thwien.dsr.connectors.mail.MailFacts.Attachment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MailClassifierTest {

    private final MailClassifier classifier = new MailClassifier(MailClassificationRules.defaults(List.of("sipgate.de")));

    @Test
    void anMp3FromThePhoneProviderIsAVoicemail() {
        MailFacts mail = new MailFacts("voicemail@sipgate.de", "Neue Sprachnachricht", "",
                List.of(new Attachment("nachricht.mp3", "audio/mpeg")), false);

        assertThat(classifier.classify(mail)).isEqualTo("voicemail");
    }

    @Test
    void anMp3FromSomeoneElseIsNoVoicemail() {
        MailFacts mail = new MailFacts("jana@example.net", "Hör mal", "",
                List.of(new Attachment("song.mp3", "audio/mpeg")), false);

        assertThat(classifier.classify(mail)).isEqualTo("general-correspondence");
    }

    @Test
    void anAttachedInvoiceIsAnAccountingVoucherSentOrReceived() {
        Attachment invoice = new Attachment("Rechnung_INV-2024-0007.pdf", "application/pdf");

        assertThat(classifier.classify(new MailFacts("a@x.de", "Ihre Unterlagen", "", List.of(invoice), false)))
                .isEqualTo("accounting-voucher");
        assertThat(classifier.classify(new MailFacts("we@thwien.example", "Unterlagen", "", List.of(invoice), true)))
                .isEqualTo("accounting-voucher");
    }

    @Test
    void anInvoiceSubjectWithAPdfIsAnAccountingVoucher() {
        MailFacts mail = new MailFacts("a@x.de", "Invoice 2024-17", "",
                List.of(new Attachment("document.pdf", "application/pdf")), false);

        assertThat(classifier.classify(mail)).isEqualTo("accounting-voucher");
    }

    @Test
    void anInvoiceSubjectWithoutDocumentIsNoVoucher() {
        MailFacts mail = new MailFacts("a@x.de", "Frage zur Rechnung", "Ich habe eine Frage.", List.of(), false);

        assertThat(classifier.classify(mail)).isEqualTo("general-correspondence");
    }

    @Test
    void mailAboutAnOrderDeliveryComplaintOrPaymentWithAnOrderOrInvoiceNumberIsACommercialLetter() {
        assertThat(classify("Ihre Bestellung 4711", "")).isEqualTo("commercial-letter");
        assertThat(classify("Hallo", "Die Lieferung zu S00042 kam beschädigt an.")).isEqualTo("commercial-letter");
        assertThat(classify("Reklamation, Bestell-Nr. A-1234", "")).isEqualTo("commercial-letter");
        assertThat(classify("Re: quote", "We accept your offer, order no. 7781.")).isEqualTo("commercial-letter");
        assertThat(classify("Payment received", "Thanks for paying INV/2024/0007.")).isEqualTo("commercial-letter");
    }

    @Test
    void wordsAboutPaymentComplaintOrContractWithoutATransactionSignalAreGeneralCorrespondence() {
        // LEGAL.md §3: a business letter concerns a transaction; a word alone does not show one
        assertThat(classify("Zahlung", "Welche Zahlungsarten bieten Sie an?")).isEqualTo("general-correspondence");
        assertThat(classify("Beschwerde", "Ihre Hotline war nicht erreichbar.")).isEqualTo("general-correspondence");
        assertThat(classify("Vertrag", "Schicken Sie mir ein Vertragsmuster?")).isEqualTo("general-correspondence");
        assertThat(classify("Payment received", "")).isEqualTo("general-correspondence");
    }

    @Test
    void aCustomerWithAnInvoiceWritingAboutATransactionSendsACommercialLetter() {
        MailFacts complaint = new MailFacts("kunde@example.net", "Beschwerde", "Die Ware ist mangelhaft.", List.of(),
                false);
        MailFacts greeting = new MailFacts("kunde@example.net", "Grüße", "Schöne Feiertage!", List.of(), false);

        assertThat(classifier.classify(complaint, false, true)).isEqualTo("commercial-letter");
        assertThat(classifier.classify(complaint, false, false)).isEqualTo("general-correspondence");
        assertThat(classifier.classify(greeting, false, true)).isEqualTo("general-correspondence");
    }

    @Test
    void anInvoiceNumberLinksTheMailToTheCrmAsACommercialLetter() {
        assertThat(classify("Frage", "Zu INV/2024/0007 habe ich eine Frage.")).isEqualTo("commercial-letter");
    }

    @Test
    void anOfferNeverAcceptedAndGeneralQuestionsAreGeneralCorrespondence() {
        assertThat(classify("Unverbindliches Angebot", "Anbei unser Angebot.")).isEqualTo("general-correspondence");
        assertThat(classify("Öffnungszeiten", "Wann haben Sie geöffnet?")).isEqualTo("general-correspondence");
        assertThat(classify("Hi", "Let me explain the border case in order to help.")).isEqualTo("general-correspondence");
        assertThat(classify("Gruß", "i.A. Max Muster, im Auftrag der Geschäftsführung")).isEqualTo("general-correspondence");
    }

    @Test
    void anAnswerInTheThreadOfACommercialLetterIsACommercialLetter() {
        assertThat(classifier.classify(new MailFacts("a@x.de", "Re: Frage", "Danke!", List.of(), false), true, false))
                .isEqualTo("commercial-letter");
        assertThat(classifier.classify(new MailFacts("a@x.de", "Re: Frage", "Danke!", List.of(), false), false, false))
                .isEqualTo("general-correspondence");
    }

    @Test
    void theBodyOfAMailCarryingAnInvoiceIsACommercialLetterOnlyWhenItConcernsTheTransaction() {
        Attachment invoice = new Attachment("Rechnung_INV-2018-0003.pdf", "application/pdf");
        MailFacts coverLetter = new MailFacts("we@thwien.example", "Ihre Rechnung", "Anbei die Rechnung zu Ihrem Auftrag.",
                List.of(invoice), true);
        MailFacts bare = new MailFacts("a@x.de", "Unterlagen", "", List.of(invoice), false);

        assertThat(classifier.classify(coverLetter)).isEqualTo("accounting-voucher");
        assertThat(classifier.bodyCategory(coverLetter, false, false)).isEqualTo("commercial-letter");
        assertThat(classifier.bodyCategory(bare, false, false)).isEqualTo("general-correspondence");
    }

    @Test
    void anOrderConfirmationOrAnAcceptedOfferShowsATransactionFromAnyone() {
        assertThat(classify("Auftragsbestätigung Webhosting Jahrespaket", "")).isEqualTo("commercial-letter");
        assertThat(classify("Webhosting", "hiermit bestätigen wir den Auftrag gemäß Ihrem Angebot."))
                .isEqualTo("commercial-letter");
        assertThat(classify("Re: Angebot", "Wir nehmen Ihr Angebot an.")).isEqualTo("commercial-letter");
        assertThat(classify("Re: quote", "We accept your offer.")).isEqualTo("commercial-letter");
        assertThat(classifier.signalsATransaction(new MailFacts("a@x.de", "Angebot Webhosting Jahrespaket",
                "anbei unser Angebot. Bei Fragen melden Sie sich gern.", List.of(), true), true)).isFalse();
    }

    @Test
    void aCustomersMailAboutNoTransactionShowsNone() {
        // LEGAL.md §3: a business letter concerns a transaction, not merely a customer
        MailFacts call = new MailFacts("oliver.brandt@example.com", "Kurze Frage",
                "können wir nächste Woche telefonieren?", List.of(), false);

        assertThat(classifier.signalsATransaction(call, true)).isFalse();
        assertThat(classifier.classify(call, false, true)).isEqualTo("general-correspondence");
    }

    @Test
    void aVoicemailIsNoBusinessLetterEvenInAThread() {
        MailFacts voicemail = new MailFacts("voicemail@sipgate.de", "Neue Sprachnachricht von +49 211 5550202",
                "Bestellung 4711", List.of(new Attachment("voicemail.mp3", "audio/mpeg")), false);

        assertThat(classifier.signalsATransaction(voicemail, true)).isFalse();
        assertThat(classifier.classify(voicemail, true, true)).isEqualTo("voicemail");
    }

    private String classify(String subject, String text) {
        return classifier.classify(new MailFacts("a@x.de", subject, text, List.of(), false));
    }
}

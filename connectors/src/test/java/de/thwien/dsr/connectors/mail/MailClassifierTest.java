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

        assertThat(classifier.classify(mail, null)).isEqualTo("voicemail");
    }

    @Test
    void anMp3FromSomeoneElseIsNoVoicemail() {
        MailFacts mail = new MailFacts("jana@example.net", "Hör mal", "",
                List.of(new Attachment("song.mp3", "audio/mpeg")), false);

        assertThat(classifier.classify(mail, null)).isEqualTo("general-correspondence");
    }

    @Test
    void anAttachedInvoiceIsAnAccountingVoucherSentOrReceived() {
        Attachment invoice = new Attachment("Rechnung_INV-2024-0007.pdf", "application/pdf");

        assertThat(classifier.classify(new MailFacts("a@x.de", "Ihre Unterlagen", "", List.of(invoice), false), null))
                .isEqualTo("accounting-voucher");
        assertThat(classifier.classify(new MailFacts("we@thwien.example", "Unterlagen", "", List.of(invoice), true), null))
                .isEqualTo("accounting-voucher");
    }

    @Test
    void anInvoiceSubjectWithAPdfIsAnAccountingVoucher() {
        MailFacts mail = new MailFacts("a@x.de", "Invoice 2024-17", "",
                List.of(new Attachment("document.pdf", "application/pdf")), false);

        assertThat(classifier.classify(mail, null)).isEqualTo("accounting-voucher");
    }

    @Test
    void anInvoiceSubjectWithoutDocumentIsNoVoucher() {
        MailFacts mail = new MailFacts("a@x.de", "Frage zur Rechnung", "Ich habe eine Frage.", List.of(), false);

        assertThat(classifier.classify(mail, null)).isEqualTo("general-correspondence");
    }

    @Test
    void mailAboutAnOrderDeliveryComplaintOrPaymentIsACommercialLetter() {
        assertThat(classify("Ihre Bestellung 4711", "")).isEqualTo("commercial-letter");
        assertThat(classify("Hallo", "Die Lieferung kam beschädigt an.")).isEqualTo("commercial-letter");
        assertThat(classify("Reklamation", "")).isEqualTo("commercial-letter");
        assertThat(classify("Re: quote", "We accept your offer and will sign the contract.")).isEqualTo("commercial-letter");
        assertThat(classify("Payment received", "")).isEqualTo("commercial-letter");
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
        assertThat(classifier.classify(new MailFacts("a@x.de", "Re: Frage", "Danke!", List.of(), false),
                "commercial-letter")).isEqualTo("commercial-letter");
        assertThat(classifier.classify(new MailFacts("a@x.de", "Re: Frage", "Danke!", List.of(), false),
                "general-correspondence")).isEqualTo("general-correspondence");
    }

    private String classify(String subject, String text) {
        return classifier.classify(new MailFacts("a@x.de", subject, text, List.of(), false), null);
    }
}

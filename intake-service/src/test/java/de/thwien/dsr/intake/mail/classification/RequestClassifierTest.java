package de.thwien.dsr.intake.mail.classification;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.intake.mail.RequestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestClassifierTest {

    private final RequestClassifier classifier = new RequestClassifier();

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', value = {
            "Ich bitte um Auskunft nach Art. 15 DSGVO | ACCESS | de",
            "Bitte senden Sie mir eine Kopie meiner Daten | ACCESS | de",
            "Welche Daten haben Sie über mich gespeichert? | ACCESS | de",
            "I would like a copy of my data under the GDPR | ACCESS | en",
            "Subject access request under Article 15 | ACCESS | en",
            "Bitte löschen Sie alle meine Daten | ERASURE | de",
            "Antrag auf Löschung nach Artikel 17 DSGVO | ERASURE | de",
            "Please delete my account and erase my data | ERASURE | en",
            "I invoke my right to be forgotten | ERASURE | en",
            "Hiermit widerrufe ich meine Einwilligung | CONSENT_WITHDRAWAL | de",
            "Ich möchte meine Einwilligung widerrufen | CONSENT_WITHDRAWAL | de",
            "I withdraw my consent to the recordings | CONSENT_WITHDRAWAL | en",
            "Bitte berichtigen Sie meine Adresse | RECTIFICATION | de",
            "Please rectify my postal address | RECTIFICATION | en",
            "Ich verlange die Einschränkung der Verarbeitung nach Art 18 | RESTRICTION | de",
            "Bitte schränken Sie die Verarbeitung meiner Daten ein, bis das geklärt ist. | RESTRICTION | de",
            "Ich bitte Sie, die Nutzung meiner Daten einzuschränken. | RESTRICTION | de",
            "Please restrict the processing of my personal data | RESTRICTION | en",
            "Bitte schränken Sie die Teilnehmerzahl im Raum ein. | UNCLASSIFIED | de",
            "Wann ist mein Termin? Mit freundlichen Grüßen | UNCLASSIFIED | de",
            "Hello, when does the meeting start? | UNCLASSIFIED | en",
            "Ich widerrufe meine Einwilligung und bitte um Löschung aller Daten | UNCLASSIFIED | de",
            "Bitte beachten Sie Art. 150 des Gesetzes | UNCLASSIFIED | de"
    })
    void mailTextGetsItsTypeAndLanguage(String text, RequestType type, String language) {
        assertThat(classifier.classify(null, text)).isEqualTo(new RequestClassifier.Classification(type, language));
    }

    @Test
    void aReplysSubjectQuotingOurNoticeDoesNotDecideOnlyItsNewTextDoes() {
        assertThat(classifier.classifyReply("Re: Ihre Auskunft nach Art. 15 DSGVO (Vorgang DSR-1A2B3C4D)",
                "Danke. Bitte löschen Sie jetzt alle meine Daten.\n\nAm 27.11.2026 schrieb Datenschutz:\n"
                        + "> anbei die Auskunft über Ihre Daten.").type()).isEqualTo(RequestType.ERASURE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "AW: Auskunft nach Art. 15",
            "Antwort: Auskunft nach Art. 15",
            "RE[2]: Auskunft nach Art. 15",
            "Re:Re: Auskunft nach Art. 15",
            "WG: Auskunft nach Art. 15",
            "Fwd: Auskunft nach Art. 15",
            "Auskunft nach Art. 15, Vorgang dsr-1a2b3c4d"
    })
    void aSubjectAnsweringOrNamingACaseIsNotTheReplysRequest(String subject) {
        assertThat(classifier.classifyReply(subject, "Bitte löschen Sie alles.").type())
                .isEqualTo(RequestType.ERASURE);
    }

    @Test
    void aReplysOwnSubjectCountsLikeTheText() {
        assertThat(classifier.classifyReply("Löschung", "Sehr geehrte Damen und Herren").type())
                .isEqualTo(RequestType.ERASURE);
    }

    @Test
    void subjectCountsLikeTheText() {
        assertThat(classifier.classify("Auskunftsersuchen Art. 15", "Sehr geehrte Damen und Herren").type())
                .isEqualTo(RequestType.ACCESS);
    }

    @Test
    void htmlMailIsReadAsText() {
        assertThat(RequestMail.htmlToText("<html><style>p{}</style><body><p>Bitte um <b>L&ouml;schung</b></p></body>"))
                .isEqualTo("Bitte um Löschung");
    }

    @Test
    void htmlOnlyRequestWithEntitiesAndLineBreaksReadsAsTextAndIsClassified() {
        String text = RequestMail.htmlToText("<div>Sehr geehrte Damen und Herren,<br>ich bitte um L&ouml;schung"
                + " meiner Daten.<br>Mit freundlichen Gr&#252;&szlig;en<br>J&#228;rgen</div>");

        assertThat(text).isEqualTo("Sehr geehrte Damen und Herren,\nich bitte um Löschung meiner Daten.\n"
                + "Mit freundlichen Grüßen\nJärgen");
        assertThat(classifier.classify("Anfrage", text))
                .isEqualTo(new RequestClassifier.Classification(RequestType.ERASURE, "de"));
    }

    @Test
    void germanErasureRequestQuotedUnderAnEnglishReplyIsClassifiedByTheReply() {
        String text = "Please send me a copy of my data.\n\nAm 3. März 2026 schrieb Anna Beispiel"
                + " <anna@example.org>:\n> Bitte löschen Sie alle meine Daten.\n> Mit freundlichen Grüßen";

        assertThat(classifier.classify("Re: Anfrage", text))
                .isEqualTo(new RequestClassifier.Classification(RequestType.ACCESS, "en"));
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', value = {
            "Ich mache mein Recht auf Datenübertragbarkeit geltend | PORTABILITY | de",
            "Bitte übertragen Sie meine Daten an meinen neuen Anbieter | PORTABILITY | de",
            "Ich möchte meine Daten übertragen lassen, nach Art. 20 DSGVO | PORTABILITY | de",
            "Bitte schicken Sie mir meine Daten in einem maschinenlesbaren Format | PORTABILITY | de",
            "Ich möchte meine Daten exportieren | PORTABILITY | de",
            "I am exercising my right to data portability | PORTABILITY | en",
            "Please export my data in a machine-readable format | PORTABILITY | en",
            "Request under Article 20 GDPR | PORTABILITY | en"
    })
    void aPortabilityRequestIsRecognisedInGermanAndEnglish(String text, RequestType type, String language) {
        assertThat(classifier.classify(null, text)).isEqualTo(new RequestClassifier.Classification(type, language));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // a technical transfer, a meeting moved, a paragraph number: no right invoked
            "Die Datenübertragung zum Server ist fehlgeschlagen | UNCLASSIFIED",
            "Können wir den Termin auf Dienstag übertragen? | UNCLASSIFIED",
            "Bitte beachten Sie Art. 200 des Gesetzes | UNCLASSIFIED",
            "Please export the invoice as PDF | UNCLASSIFIED",
            "Our portable speaker arrived broken | UNCLASSIFIED",
            // a copy to read is access, not portability
            "Bitte senden Sie mir eine Kopie meiner Daten | ACCESS",
            // both rights at once: the assistant reads it
            "Bitte senden Sie mir eine Auskunft und übertragen Sie meine Daten an meinen neuen Anbieter | UNCLASSIFIED"
    })
    void mailsThatAreNotAPortabilityRequestAreNotClassifiedAsOne(String text, RequestType type) {
        assertThat(classifier.classify(null, text).type()).isEqualTo(type);
    }

    @Test
    void outlookQuoteOfAnEarlierRequestDoesNotDecideTheType() {
        String text = "Danke, ich habe eine Frage zu meinem Termin.\n-----Ursprüngliche Nachricht-----\n"
                + "Von: Anna Beispiel\nGesendet: Dienstag\nBitte löschen Sie alle meine Daten.";

        assertThat(classifier.classify("AW: Termin", text).type()).isEqualTo(RequestType.UNCLASSIFIED);
    }

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource(delimiter = '|', value = {
            "Ich widerspreche der Verarbeitung meiner Daten | OBJECTION | de",
            "Hiermit lege ich Widerspruch gegen die Nutzung meiner Daten ein | OBJECTION | de",
            "Widerspruch nach Art. 21 DSGVO | OBJECTION | de",
            "Ich mache von meinem Widerspruchsrecht Gebrauch | OBJECTION | de",
            "Ich widerspreche der Verwendung meiner Adresse für Werbung | OBJECTION | de",
            "I object to the processing of my personal data | OBJECTION | en",
            "This is my objection to the processing of my data | OBJECTION | en",
            "I am exercising my right to object under Article 21 | OBJECTION | en"
    })
    void anObjectionIsRecognisedInGermanAndEnglish(String text, RequestType type, String language) {
        assertThat(classifier.classify(null, text)).isEqualTo(new RequestClassifier.Classification(type, language));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // withdrawing consent (Widerruf) is not objecting (Widerspruch)
            "Hiermit widerrufe ich meine Einwilligung | CONSENT_WITHDRAWAL",
            "I withdraw my consent to the recordings | CONSENT_WITHDRAWAL",
            // both at once: the assistant reads it
            "Ich widerspreche der Verarbeitung und widerrufe meine Einwilligung | UNCLASSIFIED",
            // an objection to an invoice or a date is no Art. 21 request
            "Ich widerspreche Ihrer Rechnung vom 3. März | UNCLASSIFIED",
            "Gegen den Termin habe ich keinen Widerspruch | UNCLASSIFIED",
            "I have no objection to the new meeting time | UNCLASSIFIED",
            "Bitte beachten Sie Art. 210 des Gesetzes | UNCLASSIFIED"
    })
    void anObjectionIsToldApartFromAConsentWithdrawalAndFromOtherObjections(String text, RequestType type) {
        assertThat(classifier.classify(null, text).type()).isEqualTo(type);
    }
}

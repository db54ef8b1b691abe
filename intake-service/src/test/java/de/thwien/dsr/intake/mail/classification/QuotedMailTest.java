package de.thwien.dsr.intake.mail.classification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuotedMailTest {

    @Test
    void quotedLinesAreNoPartOfTheNewText() {
        assertThat(QuotedMail.newTextOf("> Bitte löschen Sie alles\nBitte um Auskunft\n>> alt"))
                .isEqualTo("Bitte um Auskunft");
    }

    @Test
    void germanAttributionLineAndEverythingAfterItAreCutOff() {
        assertThat(QuotedMail.newTextOf("Please send me a copy of my data.\n\nAm 3. März 2026 um 10:12 schrieb"
                + " Anna Beispiel <anna@example.org>:\nBitte löschen Sie alle meine Daten."))
                .isEqualTo("Please send me a copy of my data.");
    }

    @Test
    void englishAttributionWrappedOverTwoLinesIsCutOff() {
        assertThat(QuotedMail.newTextOf("Bitte um Auskunft.\nOn Tue, 3 Mar 2026 at 10:12, Anna Beispiel\n"
                + "<anna@example.org> wrote:\nPlease delete my data."))
                .isEqualTo("Bitte um Auskunft.");
    }

    @Test
    void outlookOriginalMessageSeparatorsAndWhatFollowsAreCutOff() {
        assertThat(QuotedMail.newTextOf("Bitte um Auskunft.\n-----Ursprüngliche Nachricht-----\nBitte löschen"))
                .isEqualTo("Bitte um Auskunft.");
        assertThat(QuotedMail.newTextOf("Copy of my data, please.\n----- Original Message -----\nPlease delete"))
                .isEqualTo("Copy of my data, please.");
    }

    @Test
    void outlookHeaderBlockFromVonToGesendetAndWhatFollowsIsCutOff() {
        assertThat(QuotedMail.newTextOf("Bitte um Auskunft.\n\nVon: Anna Beispiel <anna@example.org>\n"
                + "Gesendet: Dienstag, 3. März 2026 10:12\nAn: datenschutz@thwien.de\nBetreff: Löschung\n"
                + "Bitte löschen Sie alles."))
                .isEqualTo("Bitte um Auskunft.");
        assertThat(QuotedMail.newTextOf("Copy of my data, please.\nFrom: Anna <anna@example.org> Sent: Tuesday\n"
                + "Please delete everything."))
                .isEqualTo("Copy of my data, please.");
    }

    @Test
    void aMailWithoutQuoteKeepsItsWholeText() {
        String text = "Am Montag habe ich angerufen und Sie schrieben mir nichts.\nVon: meiner Seite alles gesagt.\n"
                + "On second thought: bitte um Auskunft.";
        assertThat(QuotedMail.newTextOf(text)).isEqualTo(text);
    }
}

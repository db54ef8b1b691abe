package de.thwien.dsr.connectors.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameFinderTest {

    @Test
    void aFullNameAfterHerrnInARunningSentenceIsFound() {
        assertThat(NameFinder.findInText("Die Lieferung kommt, wie mit Herrn Jonas Albrecht-Weidemann besprochen, am Montag."))
                .contains("Jonas Albrecht-Weidemann");
    }

    @Test
    void aHyphenatedSurnameKeepsBothPartsInTheKeyOfTheFoundName() {
        assertThat(NameFinder.findInText("wie mit Herrn Jonas Albrecht-Weidemann besprochen")
                .stream().map(NameNormaliser::folded))
                .contains(NameNormaliser.folded("Jonas Albrecht-Weidemann"));
    }

    @Test
    void titlesBetweenSalutationAndNameAreSkipped() {
        assertThat(NameFinder.findInText("Bitte leiten Sie das an Frau Dr. Anna Schmidt weiter."))
                .contains("Anna Schmidt");
        assertThat(NameFinder.findInText("Rücksprache mit Hr. Prof. Dr. Karl Maier"))
                .contains("Karl Maier");
    }

    @Test
    void aGreetingLineWithoutTitleGivesTheNameUpToItsComma() {
        assertThat(NameFinder.findInText("Hallo Jana Becker,\n\nanbei die Unterlagen.")).containsExactly("Jana Becker");
        assertThat(NameFinder.findInText("Sehr geehrter Herr Jürgen Müller,\n\nvielen Dank."))
                .contains("Jürgen Müller");
    }

    @Test
    void theNameUnderAClosingFormulaIsFound() {
        assertThat(NameFinder.findInText("Danke!\n\nMit freundlichen Grüßen\n\nBärbel Schäfer-Öztürk\nTel. 0221 123456"))
                .containsExactly("Bärbel Schäfer-Öztürk");
        assertThat(NameFinder.findInText("Viele Grüße,\ni. A. Ingeborg Wendt")).containsExactly("Ingeborg Wendt");
    }

    @Test
    void umlautsAndAccentsAreNameLetters() {
        assertThat(NameFinder.findInText("Das hat Frau Zoë Köhler-Ünal bestätigt.")).contains("Zoë Köhler-Ünal");
    }

    @Test
    void aKnownGivenNameFollowedByACapitalisedWordIsAName() {
        assertThat(NameFinder.findInText("Gestern hat Jonas Albrecht-Weidemann angerufen."))
                .containsExactly("Jonas Albrecht-Weidemann");
    }

    @Test
    void aMiddleNameOrParticleStaysInTheName() {
        assertThat(NameFinder.findInText("Termin mit Frau Anna Maria Schmidt")).contains("Anna Maria Schmidt");
        assertThat(NameFinder.findInText("Termin mit Herrn Karl von der Heide")).contains("Karl von der Heide");
    }

    @Test
    void aNounAfterTheNameStillLeavesTheTwoWordNameAsACandidate() {
        assertThat(NameFinder.findInText("Ich habe mit Frau Anna Schmidt Rücksprache gehalten."))
                .contains("Anna Schmidt");
    }

    @Test
    void ordinaryCapitalisedNounsAreNoNames() {
        assertThat(NameFinder.findInText("Rechnung Nummer 4711 ist bezahlt. Ihre Bestellung Kaffeemaschine "
                + "kommt per Deutsche Post. Frohe Weihnachten! Die Lieferung Mitte Mai.")).isEmpty();
    }

    @Test
    void aGreetingOfAGroupOrASurnameAloneGivesNoName() {
        assertThat(NameFinder.findInText("Sehr geehrte Damen und Herren,\n\nHallo zusammen,\nLiebe Frau Becker,"))
                .isEmpty();
    }

    @Test
    void aTitleFollowedByOnlyASurnameGivesNoName() {
        assertThat(NameFinder.findInText("wie mit Herrn Albrecht-Weidemann besprochen")).isEmpty();
    }

    @Test
    void allCapsWordsAndAbbreviationsAreNoNameWords() {
        assertThat(NameFinder.findInText("Mit freundlichen Grüßen\nMUSTER GmbH")).isEmpty();
    }

    @Test
    void noTextGivesNoNames() {
        assertThat(NameFinder.findInText(null)).isEmpty();
        assertThat(NameFinder.findInText("")).isEmpty();
    }
}

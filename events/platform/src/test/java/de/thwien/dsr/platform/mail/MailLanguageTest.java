package de.thwien.dsr.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MailLanguageTest {

    @Test
    void umlautsOrMoreGermanWordsAreGermanMoreEnglishWordsEnglish() {
        assertThat(MailLanguage.told("Grüße")).isEqualTo("de");
        assertThat(MailLanguage.told("Bitte senden Sie mir die Rechnung und das Angebot")).isEqualTo("de");
        assertThat(MailLanguage.told("Dear Sir, please send me the invoice. Kind regards")).isEqualTo("en");
    }

    @Test
    void aTextThatTellsNothingIsUndecidedAndARequestThenCountsAsEnglish() {
        assertThat(MailLanguage.told("Hallo")).isNull();
        assertThat(MailLanguage.of("Hallo")).isEqualTo("en");
    }
}

package de.thwien.dsr.platform.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MessageFileTest {

    @Test
    void englishReadsTheEnglishFileAndFallsBackToTheGermanBaseFileForAKeyItLacks() {
        MessageFile english = MessageFile.load("sample", "en");

        assertThat(english.text("greeting", Map.of("name", "Erika"))).isEqualTo("Hello Erika.");
        assertThat(english.text("onlyGerman")).isEqualTo("nur deutsch");
    }

    @Test
    void anyOtherLanguageReadsGermanNotTheDefaultLocaleOfTheMachine() {
        assertThat(MessageFile.load("sample", "fr").text("greeting", Map.of("name", "Erika")))
                .isEqualTo("Guten Tag, Erika.");
        assertThat(MessageFile.load("sample", null).text("greeting", Map.of("name", "Erika")))
                .isEqualTo("Guten Tag, Erika.");
    }

    @Test
    void aValueIsPutInAsItIsEvenWithBracesOrDollarSigns() {
        assertThat(MessageFile.load("sample", "de").text("greeting", Map.of("name", "{name} $1 \\")))
                .isEqualTo("Guten Tag, {name} $1 \\.");
    }

    @Test
    void aMissingKeyOrAPlaceholderWithoutValueFailsInsteadOfShowingTheKeyToAReader() {
        MessageFile german = MessageFile.load("sample", "de");

        assertThatThrownBy(() -> german.text("nope")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nope");
        assertThatThrownBy(() -> german.text("greeting", Map.of())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("{name}");
    }
}

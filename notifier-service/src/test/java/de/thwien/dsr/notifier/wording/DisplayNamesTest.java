package de.thwien.dsr.notifier.wording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DisplayNamesTest {

    @Test
    void bidiOverridesAndZeroWidthCharactersAreDroppedFromTheGreeting() {
        assertThat(DisplayNames.of("An\u200Bna \u202EleipsieB\u202C")).isEqualTo("Anna leipsieB");
    }

    @Test
    void aNameOfInvisibleCharactersOnlyIsNoName() {
        assertThat(DisplayNames.of("\u200B\u200D\uFEFF")).isNull();
    }

    @Test
    void lineBreaksBecomeOneSpace() {
        assertThat(DisplayNames.of(" Erika\r\n Mustermann ")).isEqualTo("Erika Mustermann");
    }
}

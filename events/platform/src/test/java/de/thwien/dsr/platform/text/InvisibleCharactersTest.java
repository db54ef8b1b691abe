package de.thwien.dsr.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvisibleCharactersTest {

    @Test
    void bidiOverrideAndZeroWidthCharactersAreShownByTheirCodePoint() {
        assertThat(InvisibleCharacters.shown("Anna \u202Egro.elpmaxe@live\u202C Bei\u200Bspiel"))
                .isEqualTo("Anna ⟨U+202E⟩gro.elpmaxe@live⟨U+202C⟩ Bei⟨U+200B⟩spiel");
    }

    @Test
    void ordinaryTextIncludingUmlautsAndLineBreaksIsShownAsItIs() {
        assertThat(InvisibleCharacters.shown("Jürgen Müller\nZeile 2")).isEqualTo("Jürgen Müller\nZeile 2");
    }

    @Test
    void strippingRemovesThemWithoutATrace() {
        assertThat(InvisibleCharacters.stripped("\uFEFFAn\u200Dna\u2066")).isEqualTo("Anna");
    }

    @Test
    void nullStaysNull() {
        assertThat(InvisibleCharacters.shown(null)).isNull();
        assertThat(InvisibleCharacters.stripped(null)).isNull();
    }

    @Test
    void containsTellsWhetherThereIsOne() {
        assertThat(InvisibleCharacters.contains("a\u2060b")).isTrue();
        assertThat(InvisibleCharacters.contains("ab")).isFalse();
    }
}

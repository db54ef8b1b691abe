package de.thwien.dsr.connectors.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameNormaliserTest {

    @Test
    void umlautsCaseAndOrderAreFolded() {
        assertThat(NameNormaliser.folded("Jürgen Müller")).contains("juergen mueller");
        assertThat(NameNormaliser.folded("MUELLER, Juergen")).contains("juergen mueller");
        assertThat(NameNormaliser.folded("Gerd Strauß")).contains("gerd strauss");
    }

    @Test
    void otherAccentsAreDropped() {
        assertThat(NameNormaliser.folded("René Géraud")).contains("geraud rene");
    }

    @Test
    void phoneticKeysMatchSpellingVariants() {
        assertThat(NameNormaliser.phonetic("Hans Meier")).isEqualTo(NameNormaliser.phonetic("Hans Mayer"));
        assertThat(NameNormaliser.phonetic("Hans Meier")).isEqualTo(NameNormaliser.phonetic("Hanns Maier"));
        assertThat(NameNormaliser.phonetic("Hans Meier")).isNotEqualTo(NameNormaliser.phonetic("Hans Schmidt"));
    }

    @Test
    void aSingleTokenGivesNoKey() {
        assertThat(NameNormaliser.folded("Anna")).isEmpty();
        assertThat(NameNormaliser.phonetic("Anna")).isEmpty();
        assertThat(NameNormaliser.folded("  ")).isEmpty();
    }
}

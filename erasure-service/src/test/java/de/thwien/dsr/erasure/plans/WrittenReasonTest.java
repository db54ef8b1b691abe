package de.thwien.dsr.erasure.plans;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WrittenReasonTest {

    @Test
    void aSentenceIsAReason() {
        assertThat(WrittenReason.isASentence("Sie hat ihren Antrag am Telefon zurückgenommen.")).isTrue();
        assertThat(WrittenReason.isASentence("  Die Einladung belegt die laufende Schulung.  ")).isTrue();
    }

    @Test
    void placeholdersAreNoReason() {
        assertThat(WrittenReason.isASentence(null)).isFalse();
        assertThat(WrittenReason.isASentence("x")).isFalse();
        assertThat(WrittenReason.isASentence("ok ok ok")).as("too short").isFalse();
        assertThat(WrittenReason.isASentence("aaaaaaaaaaaaaaaaaaaaaaa")).as("one word").isFalse();
        assertThat(WrittenReason.isASentence("aaaa aaaa aaaa aaaa aaaa")).as("one letter over and over").isFalse();
        assertThat(WrittenReason.isASentence("1234567890 1234567890 12")).as("no words").isFalse();
        assertThat(WrittenReason.isASentence("             x              ")).as("trimmed").isFalse();
    }
}

package de.thwien.dsr.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Raw 8-bit header bytes read once, as the sender wrote them. */
class RawHeaderBytesTest {

    /** The value as Jakarta Mail hands it over: one character per byte. */
    private static String asReadByJakartaMail(String written, Charset charset) {
        return new String(written.getBytes(charset), StandardCharsets.ISO_8859_1);
    }

    @Test
    void rawUtf8IsReadAsUtf8NotAsLatin1() {
        assertThat(RawHeaderBytes.asSent(asReadByJakartaMail("Ilse Claßen – Łódź", StandardCharsets.UTF_8)))
                .isEqualTo("Ilse Claßen – Łódź");
    }

    @Test
    void rawLatin1AndWindows1252StayAsWritten() {
        assertThat(RawHeaderBytes.asSent(asReadByJakartaMail("Rückfrage für Claßen", StandardCharsets.ISO_8859_1)))
                .isEqualTo("Rückfrage für Claßen");
        assertThat(RawHeaderBytes.asSent(asReadByJakartaMail("Angebot – 50 €", Charset.forName("windows-1252"))))
                .isEqualTo("Angebot – 50 €");
    }

    @Test
    void asciiEncodedWordsAndDecodedTextPassUnchanged() {
        assertThat(RawHeaderBytes.asSent("=?UTF-8?Q?Cla=C3=9Fen?=")).isEqualTo("=?UTF-8?Q?Cla=C3=9Fen?=");
        assertThat(RawHeaderBytes.asSent("Łódź – Jürgen")).isEqualTo("Łódź – Jürgen");
        assertThat(RawHeaderBytes.asSent(null)).isNull();
    }
}

package de.thwien.dsr.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RequestMailHeadersTest {

    /** A header value as Jakarta Mail reads raw header bytes: one character per byte (ISO-8859-1). */
    private static String asReadByJakartaMail(byte[] raw) {
        return new String(raw, StandardCharsets.ISO_8859_1);
    }

    @Test
    void rawUtf8BytesInAHeaderAreReadAsUtf8() {
        String raw = asReadByJakartaMail("Löschung – Jürgen Łódź".getBytes(StandardCharsets.UTF_8));

        assertThat(RequestMail.rawBytesAsUtf8(raw)).isEqualTo("Löschung – Jürgen Łódź");
    }

    @Test
    void rawBytesThatAreNoUtf8StayIso88591() {
        String raw = asReadByJakartaMail("Löschung Müller".getBytes(StandardCharsets.ISO_8859_1));

        assertThat(RequestMail.rawBytesAsUtf8(raw)).isEqualTo("Löschung Müller");
    }

    @Test
    void asciiAndValuesDecodedAlreadyStayAsTheyAre() {
        assertThat(RequestMail.rawBytesAsUtf8("=?UTF-8?Q?L=C3=B6schung?=")).isEqualTo("=?UTF-8?Q?L=C3=B6schung?=");
        assertThat(RequestMail.rawBytesAsUtf8("Łódź – Jürgen")).isEqualTo("Łódź – Jürgen");
    }

    @Test
    void messageIdUpTo255CharactersIsItsOwnKeyALongerOneItsSha256() {
        String kept = "<" + "k".repeat(241) + "@example.org>";
        String longer = "<" + "k".repeat(242) + "@example.org>";

        assertThat(MessageIdKey.of(kept)).hasSize(255).isEqualTo(kept);
        assertThat(MessageIdKey.of(longer)).startsWith("sha256:").hasSize(7 + 64)
                .isEqualTo(MessageIdKey.of(longer)).isNotEqualTo(MessageIdKey.of(longer + "x"));
        assertThat(MessageIdKey.of(null)).isNull();
    }
}

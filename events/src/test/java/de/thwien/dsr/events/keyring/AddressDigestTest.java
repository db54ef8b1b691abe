package de.thwien.dsr.events.keyring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class AddressDigestTest {

    private final AddressDigest digest = new AddressDigest(masterKey((byte) 1));

    @Test
    void anAddressHasOneDigestWhateverItsCaseOrSurroundingBlanks() {
        assertThat(digest.of(" Erika.Muster@Example.ORG ")).isEqualTo(digest.of("erika.muster@example.org"));
    }

    @Test
    void theDigestIsHexAndShowsNothingOfTheAddress() {
        assertThat(digest.of("erika.muster@example.org")).matches("[0-9a-f]{64}").doesNotContain("erika")
                .doesNotContain("example");
    }

    @Test
    void anotherAddressOrAnotherMasterKeyGivesAnotherDigest() {
        assertThat(digest.of("erika.muster@example.org")).isNotEqualTo(digest.of("erik.muster@example.org"));
        assertThat(new AddressDigest(masterKey((byte) 2)).of("erika.muster@example.org"))
                .isNotEqualTo(digest.of("erika.muster@example.org"));
    }

    private static String masterKey(byte fill) {
        byte[] raw = new byte[32];
        Arrays.fill(raw, fill);
        return Base64.getEncoder().encodeToString(raw);
    }
}

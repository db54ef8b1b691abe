package de.thwien.dsr.platform.keyring;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.platform.crypto.KeyWrap;
import de.thwien.dsr.platform.crypto.PersonalDataCipher;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class AddressDigestTest {

    private final AddressDigest digest = AddressDigest.derivedFrom(masterKey((byte) 1));

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
        assertThat(AddressDigest.derivedFrom(masterKey((byte) 2)).of("erika.muster@example.org"))
                .isNotEqualTo(digest.of("erika.muster@example.org"));
    }

    @Test
    void theDigestDerivedFromAMasterKeyIsTheOneThatKeyGaveBeforeTheDigestKeyWasKeptInTheKeyring() {
        // computed by the derivation every stored digest was made with (HMAC of the label under the master key)
        assertThat(digest.of("erika.muster@example.org"))
                .isEqualTo("3445c1cc1eebb897cdf96baaf5f18fd8a8a24113292202ec554f39fdc31a2c75");
    }

    @Test
    void aDigestKeyKeptAsItsRawBytesGivesTheSameDigests() {
        SecretKey kept = PersonalDataCipher.key(AddressDigest.keyDerivedFrom(
                KeyWrap.masterKey(masterKey((byte) 1))).getEncoded());

        assertThat(new AddressDigest(kept).of("erika.muster@example.org"))
                .isEqualTo(digest.of("erika.muster@example.org"));
    }

    private static String masterKey(byte fill) {
        byte[] raw = new byte[32];
        Arrays.fill(raw, fill);
        return Base64.getEncoder().encodeToString(raw);
    }
}

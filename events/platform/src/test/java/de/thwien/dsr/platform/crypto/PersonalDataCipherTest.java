package de.thwien.dsr.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private final SecretKey key = PersonalDataCipher.newKey();
    private final byte[] personal = "{\"email\":\"erika@example.org\",\"name\":\"Erika Mustermann\"}"
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void sealedDataOpensAgainWithTheSameKeyAndContext() {
        String sealed = PersonalDataCipher.seal(key, personal, "case:1|event:1");

        assertThat(PersonalDataCipher.open(key, sealed, "case:1|event:1")).isEqualTo(personal);
    }

    @Test
    void sealedDataShowsNothingOfThePlaintext() {
        String sealed = PersonalDataCipher.seal(key, personal, "case:1|event:1");

        assertThat(sealed).startsWith("v1.").doesNotContain("erika").doesNotContain("Mustermann");
    }

    @Test
    void everySealingUsesAFreshNonce() {
        assertThat(PersonalDataCipher.seal(key, personal, "ctx")).isNotEqualTo(PersonalDataCipher.seal(key, personal, "ctx"));
    }

    @Test
    void aChangedCiphertextIsDetected() {
        String sealed = PersonalDataCipher.seal(key, personal, "ctx");
        byte[] bytes = Base64.getUrlDecoder().decode(sealed.substring(3));
        bytes[20] ^= 0x01;
        String tampered = "v1." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

        assertThatThrownBy(() -> PersonalDataCipher.open(key, tampered, "ctx"))
                .isInstanceOf(PersonalDataCipher.UnreadableException.class);
    }

    @Test
    void aChangedNonceIsDetected() {
        String sealed = PersonalDataCipher.seal(key, personal, "ctx");
        byte[] bytes = Base64.getUrlDecoder().decode(sealed.substring(3));
        bytes[0] ^= 0x01;
        String tampered = "v1." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

        assertThatThrownBy(() -> PersonalDataCipher.open(key, tampered, "ctx"))
                .isInstanceOf(PersonalDataCipher.UnreadableException.class);
    }

    @Test
    void anotherAssociatedDataIsRejected() {
        String sealed = PersonalDataCipher.seal(key, personal, "case:1|event:1");

        assertThatThrownBy(() -> PersonalDataCipher.open(key, sealed, "case:2|event:1"))
                .isInstanceOf(PersonalDataCipher.UnreadableException.class);
    }

    @Test
    void anotherKeyIsRejected() {
        String sealed = PersonalDataCipher.seal(key, personal, "ctx");

        assertThatThrownBy(() -> PersonalDataCipher.open(PersonalDataCipher.newKey(), sealed, "ctx"))
                .isInstanceOf(PersonalDataCipher.UnreadableException.class);
    }

    @Test
    void truncatedOrForeignValuesAreRejected() {
        assertThatThrownBy(() -> PersonalDataCipher.open(key, "v1.AAAA", "ctx"))
                .isInstanceOf(PersonalDataCipher.UnreadableException.class);
        assertThatThrownBy(() -> PersonalDataCipher.open(key, "erika@example.org", "ctx"))
                .isInstanceOf(PersonalDataCipher.UnreadableException.class);
        assertThatThrownBy(() -> PersonalDataCipher.open(key, "v1.not*base64", "ctx"))
                .isInstanceOf(PersonalDataCipher.UnreadableException.class);
    }

    @Test
    void keysAreAes256() {
        assertThat(key.getEncoded()).hasSize(32);
        assertThatThrownBy(() -> PersonalDataCipher.key(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWrappedDataKeyUnwrapsOnlyForItsScopeAndUnderItsMasterKey() {
        SecretKey master = KeyWrap.masterKey(Base64.getEncoder().encodeToString(PersonalDataCipher.newKey().getEncoded()));
        String wrapped = KeyWrap.wrap(master, key, "case:1");

        assertThat(KeyWrap.unwrap(master, wrapped, "case:1").getEncoded()).isEqualTo(key.getEncoded());
        assertThat(wrapped).doesNotContain(Base64.getUrlEncoder().withoutPadding().encodeToString(key.getEncoded()));
        assertThatThrownBy(() -> KeyWrap.unwrap(master, wrapped, "case:2"))
                .isInstanceOf(PersonalDataCipher.UnreadableException.class);
        assertThatThrownBy(() -> KeyWrap.unwrap(PersonalDataCipher.newKey(), wrapped, "case:1"))
                .isInstanceOf(PersonalDataCipher.UnreadableException.class);
    }

    @Test
    void aMasterKeyOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> KeyWrap.masterKey(Base64.getEncoder().encodeToString(new byte[16])))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> KeyWrap.masterKey("not base64 !"))
                .isInstanceOf(IllegalStateException.class);
    }
}

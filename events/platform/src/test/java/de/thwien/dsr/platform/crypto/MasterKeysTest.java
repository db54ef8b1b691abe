package de.thwien.dsr.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class MasterKeysTest {

    private final String oldKey = randomMasterKey();
    private final String newKey = randomMasterKey();
    private final SecretKey dataKey = PersonalDataCipher.newKey();

    @Test
    void aNewKeyIsWrappedUnderTheCurrentMasterKeyAndNamesItsId() {
        MasterKeys keys = new MasterKeys(newKey, List.of(oldKey));

        MasterKeys.Wrapped wrapped = keys.wrap(dataKey, "case:1");

        assertThat(wrapped.masterKeyId()).isEqualTo(keys.currentId()).isEqualTo(MasterKeys.idOf(newKey));
        assertThat(KeyWrap.unwrap(KeyWrap.masterKey(newKey), wrapped.wrappedKey(), "case:1").getEncoded())
                .isEqualTo(dataKey.getEncoded());
    }

    @Test
    void aKeyWrappedUnderThePreviousMasterKeyOpensAfterTheSwitch() {
        MasterKeys.Wrapped beforeTheSwitch = new MasterKeys(oldKey, List.of()).wrap(dataKey, "case:1");

        MasterKeys afterTheSwitch = new MasterKeys(newKey, List.of(oldKey));

        assertThat(afterTheSwitch.unwrap(beforeTheSwitch.wrappedKey(), beforeTheSwitch.masterKeyId(), "case:1")
                .getEncoded()).isEqualTo(dataKey.getEncoded());
    }

    @Test
    void aKeyWrappedBeforeIdsWereRecordedOpensWithWhicheverConfiguredMasterKeyWrappedIt() {
        String legacy = KeyWrap.wrap(KeyWrap.masterKey(oldKey), dataKey, "case:1");
        MasterKeys afterTheSwitch = new MasterKeys(newKey, List.of(oldKey));

        assertThat(afterTheSwitch.unwrap(legacy, null, "case:1").getEncoded()).isEqualTo(dataKey.getEncoded());
        assertThat(afterTheSwitch.open(legacy, null, "case:1").by().id()).isEqualTo(MasterKeys.idOf(oldKey));
    }

    @Test
    void aKeyWrappedUnderAMasterKeyNoLongerConfiguredDoesNotOpen() {
        MasterKeys.Wrapped wrapped = new MasterKeys(oldKey, List.of()).wrap(dataKey, "case:1");
        MasterKeys onlyTheNewKey = new MasterKeys(newKey, List.of());

        assertThatThrownBy(() -> onlyTheNewKey.unwrap(wrapped.wrappedKey(), wrapped.masterKeyId(), "case:1"))
                .isInstanceOf(PersonalDataCipher.UnreadableException.class)
                .hasMessageContaining(wrapped.masterKeyId());
        assertThatThrownBy(() -> onlyTheNewKey.unwrap(wrapped.wrappedKey(), null, "case:1"))
                .isInstanceOf(PersonalDataCipher.UnreadableException.class);
    }

    @Test
    void theKeyIdIsShortStableAndShowsNothingOfTheKey() {
        String id = MasterKeys.idOf(newKey);

        assertThat(id).matches("[0-9a-f]{16}").isEqualTo(MasterKeys.idOf(" " + newKey + " "))
                .isNotEqualTo(MasterKeys.idOf(oldKey));
        assertThat(newKey).doesNotContain(id);
    }

    @Test
    void thePreviousKeysAreNamedByIdAndTheCurrentKeyIsNotAmongThem() {
        MasterKeys keys = new MasterKeys(newKey, List.of(oldKey, newKey, oldKey));

        assertThat(keys.previousIds()).containsExactly(MasterKeys.idOf(oldKey));
    }

    private static String randomMasterKey() {
        return Base64.getEncoder().encodeToString(PersonalDataCipher.newKey().getEncoded());
    }
}

package de.thwien.dsr.platform.keyring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.thwien.dsr.platform.crypto.DataKey;
import de.thwien.dsr.platform.crypto.PersonalDataCipher;
import de.thwien.dsr.platform.keyring.SealedFields.ScopeCipher;
import org.junit.jupiter.api.Test;

class ScopeCipherTest {

    private final DataKey.Active key = new DataKey.Active("case:1", PersonalDataCipher.newKey());
    private final ScopeCipher cipher = new ScopeCipher("case:1", key);

    @Test
    void aSealedFieldOpensToItsValueAndShowsNoPlaintext() {
        String sealed = cipher.seal("requester_email", "erika@example.org");

        assertThat(sealed).doesNotContain("erika").doesNotContain("example.org");
        assertThat(cipher.open("requester_email", sealed)).contains("erika@example.org");
        assertThat(cipher.seal("requester_name", null)).isNull();
        assertThat(cipher.open("requester_name", null)).isEmpty();
    }

    @Test
    void aValueMovedToAnotherFieldOrScopeDoesNotOpen() {
        String sealed = cipher.seal("requester_email", "erika@example.org");
        ScopeCipher otherCase = new ScopeCipher("case:2", new DataKey.Active("case:2", key.key()));

        assertThatThrownBy(() -> cipher.open("requester_name", sealed))
                .isInstanceOf(PersonalDataCipher.UnreadableException.class);
        assertThatThrownBy(() -> otherCase.open("requester_email", sealed))
                .isInstanceOf(PersonalDataCipher.UnreadableException.class);
    }

    @Test
    void aShreddedScopeOpensToNothingAndSealsNothing() {
        String sealed = cipher.seal("body_text", "Guten Tag Erika");
        ScopeCipher shredded = new ScopeCipher("case:1", new DataKey.Destroyed("case:1"));

        assertThat(shredded.shredded()).isTrue();
        assertThat(shredded.open("body_text", sealed)).isEmpty();
        assertThatThrownBy(() -> shredded.seal("body_text", "x")).isInstanceOf(IllegalStateException.class);
    }
}

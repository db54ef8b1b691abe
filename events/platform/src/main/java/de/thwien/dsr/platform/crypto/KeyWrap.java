package de.thwien.dsr.platform.crypto;

import javax.crypto.SecretKey;

/**
 * A data key as the keyring stores it: sealed under the master key and bound to its scope, so a wrapped key
 * copied to another scope's row does not unwrap.
 */
public final class KeyWrap {

    private KeyWrap() {
    }

    public static String wrap(SecretKey masterKey, SecretKey dataKey, String scope) {
        return PersonalDataCipher.seal(masterKey, dataKey.getEncoded(), context(scope));
    }

    /** @throws PersonalDataCipher.UnreadableException under another master key or for another scope */
    public static SecretKey unwrap(SecretKey masterKey, String wrapped, String scope) {
        return PersonalDataCipher.key(PersonalDataCipher.open(masterKey, wrapped, context(scope)));
    }

    /** The master key from its configured form, base64 of 32 bytes. */
    public static SecretKey masterKey(String base64) {
        byte[] raw;
        try {
            raw = java.util.Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(
                    "a keyring master key (dsr.keyring.master-key or previous-master-keys) is not base64");
        }
        if (raw.length != 32) {
            throw new IllegalStateException("a keyring master key (dsr.keyring.master-key or previous-master-keys)"
                    + " must be 32 bytes (base64 of 32 random bytes)");
        }
        return PersonalDataCipher.key(raw);
    }

    private static String context(String scope) {
        return "dsr.keyring.v1|" + scope;
    }
}

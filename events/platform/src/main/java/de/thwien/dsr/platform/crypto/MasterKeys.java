package de.thwien.dsr.platform.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.SecretKey;

/**
 * The master keys of the keyring: the current one wraps every new data key; previous ones (during a master-key
 * rotation) only unwrap the keys they wrapped until the rotation has re-wrapped them. Each key is named by its
 * id, the first 8 bytes of the SHA-256 of the key, which the keyring stores beside every wrapped key, so
 * unwrapping picks its master key without trying them all. No I/O.
 */
public final class MasterKeys {

    private static final int ID_BYTES = 8;

    private final MasterKey current;
    /** The current key first, then the previous ones as configured. */
    private final List<MasterKey> all;

    /** A master key and its id; the key itself is never shown. */
    public record MasterKey(String id, SecretKey key) {
        @Override
        public String toString() {
            return "MasterKey[" + id + "]";
        }
    }

    /** A data key as the keyring stores it: wrapped, and the id of the master key that wrapped it. */
    public record Wrapped(String wrappedKey, String masterKeyId) {
    }

    /**
     * @param current  {@code dsr.keyring.master-key}, base64 of 32 bytes
     * @param previous {@code dsr.keyring.previous-master-keys}: accepted for unwrapping only; the current key and
     *                 repetitions among them are left out
     */
    public MasterKeys(String current, List<String> previous) {
        this.current = masterKey(current);
        this.all = new ArrayList<>();
        all.add(this.current);
        for (String base64 : previous) {
            MasterKey key = masterKey(base64);
            if (all.stream().noneMatch(known -> known.id().equals(key.id()))) {
                all.add(key);
            }
        }
    }

    /** The id of a master key in its configured form. */
    public static String idOf(String base64) {
        return idOf(KeyWrap.masterKey(base64));
    }

    public String currentId() {
        return current.id();
    }

    public MasterKey current() {
        return current;
    }

    public List<String> previousIds() {
        return all.subList(1, all.size()).stream().map(MasterKey::id).toList();
    }

    /** The data key wrapped under the current master key, bound to its scope. */
    public Wrapped wrap(SecretKey dataKey, String scope) {
        return new Wrapped(KeyWrap.wrap(current.key(), dataKey, scope), current.id());
    }

    /** A data key unwrapped, and the master key that opened it. */
    public record Opened(SecretKey dataKey, MasterKey by) {
        @Override
        public String toString() {
            return "Opened[by " + by.id() + "]";
        }
    }

    /**
     * The data key of a keyring row.
     *
     * @param masterKeyId the id stored with the row; null for a row wrapped before ids were stored
     * @throws PersonalDataCipher.UnreadableException when no configured master key opens it
     */
    public SecretKey unwrap(String wrapped, String masterKeyId, String scope) {
        return open(wrapped, masterKeyId, scope).dataKey();
    }

    /**
     * The data key of a keyring row and the master key that opened it: the one its id names, or for a row without
     * id (written when there was only ever one master key) the first that opens it, the current one first.
     *
     * @throws PersonalDataCipher.UnreadableException when no configured master key opens it
     */
    public Opened open(String wrapped, String masterKeyId, String scope) {
        if (masterKeyId != null) {
            MasterKey named = all.stream().filter(key -> key.id().equals(masterKeyId)).findFirst()
                    .orElseThrow(() -> new PersonalDataCipher.UnreadableException("data key of " + scope
                            + " is wrapped under master key " + masterKeyId + ", which is not configured"));
            return new Opened(KeyWrap.unwrap(named.key(), wrapped, scope), named);
        }
        for (MasterKey key : all) {
            try {
                return new Opened(KeyWrap.unwrap(key.key(), wrapped, scope), key);
            } catch (PersonalDataCipher.UnreadableException wrongKey) {
                // GCM cannot say which key is the right one: try the next
            }
        }
        throw new PersonalDataCipher.UnreadableException("data key of " + scope
                + " opens with none of the configured master keys");
    }

    private static MasterKey masterKey(String base64) {
        SecretKey key = KeyWrap.masterKey(base64);
        return new MasterKey(idOf(key), key);
    }

    private static String idOf(SecretKey key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(hash, 0, ID_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

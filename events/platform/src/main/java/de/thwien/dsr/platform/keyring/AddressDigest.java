package de.thwien.dsr.platform.keyring;

import de.thwien.dsr.platform.crypto.KeyWrap;
import de.thwien.dsr.platform.crypto.PersonalDataCipher;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * An e-mail address as a table may hold it in clear for lookups while the address itself is sealed:
 * HMAC-SHA256 of the trimmed, lower-cased address, hex, so a dump of the table alone cannot be tested against
 * guessed addresses. The services take the HMAC key from the keyring ({@link AddressDigestKey}), where it stays
 * the same when the master key is rotated; it was first derived from the master key of the time (HMAC of a fixed
 * label, {@link #keyDerivedFrom}), so digests stored before it was kept there stay valid. No I/O.
 */
public final class AddressDigest {

    /** Derivation label: a key of its own, not the master key itself. */
    private static final String LABEL = "dsr.address-digest.v1";
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    /** @param key the digest key as the keyring keeps it (32 bytes) */
    public AddressDigest(SecretKey key) {
        this.key = new SecretKeySpec(key.getEncoded(), HMAC);
    }

    /**
     * The digests a master key gave before the digest key was kept in the keyring, which are the keyring's as long
     * as it was created under that master key: for tools that read the tables without a service.
     *
     * @param masterKey a keyring master key as configured ({@code dsr.keyring.master-key}, base64)
     */
    public static AddressDigest derivedFrom(String masterKey) {
        return new AddressDigest(keyDerivedFrom(KeyWrap.masterKey(masterKey)));
    }

    /** The digest key derived from a master key, as the keyring's digest key is created. */
    public static SecretKey keyDerivedFrom(SecretKey masterKey) {
        return PersonalDataCipher.key(hmac(new SecretKeySpec(masterKey.getEncoded(), HMAC), LABEL));
    }

    /** The digest of an address; the same for any spelling that differs in case or surrounding blanks. */
    public String of(String email) {
        return HexFormat.of().formatHex(hmac(key, email.trim().toLowerCase(Locale.ROOT)));
    }

    private static byte[] hmac(SecretKeySpec key, String text) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}

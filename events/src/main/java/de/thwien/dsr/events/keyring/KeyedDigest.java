package de.thwien.dsr.events.keyring;

import de.thwien.dsr.events.crypto.KeyWrap;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A text as a table may hold it for comparison without holding the text: HMAC-SHA256, hex, under a key derived
 * from the keyring's master key and a label of the caller's (so each use has a key of its own). Unlike a plain
 * hash, a dump of the table cannot be tested against guessed texts. No I/O.
 */
public final class KeyedDigest {

    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    /**
     * @param masterKey the keyring's master key as configured ({@code dsr.keyring.master-key}, base64)
     * @param label what the digests are for, e.g. {@code dsr.mail-digest.v1}
     */
    public KeyedDigest(String masterKey, String label) {
        byte[] master = KeyWrap.masterKey(masterKey).getEncoded();
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(master, HMAC), label), HMAC);
    }

    /** The digest of the text exactly as given: callers normalise it first. */
    public String of(String text) {
        return HexFormat.of().formatHex(hmac(key, text));
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

package de.thwien.dsr.events.keyring;

import de.thwien.dsr.events.crypto.KeyWrap;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An e-mail address as a table may hold it in clear for lookups while the address itself is sealed:
 * HMAC-SHA256 of the trimmed, lower-cased address, hex. The HMAC key is derived from the keyring's master key
 * (HMAC of a fixed label), so a dump of the table alone cannot be tested against guessed addresses and no
 * further configuration is needed. No I/O.
 */
public final class AddressDigest {

    /** Derivation label: a key of its own, not the master key itself. */
    private static final String LABEL = "dsr.address-digest.v1";
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    /** @param masterKey the keyring's master key as configured ({@code dsr.keyring.master-key}, base64) */
    public AddressDigest(String masterKey) {
        byte[] master = KeyWrap.masterKey(masterKey).getEncoded();
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(master, HMAC), LABEL), HMAC);
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

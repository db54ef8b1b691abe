package de.thwien.dsr.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for small secrets: the personal block of an event under its data key, and a data key
 * under the master key. A sealed value is text, {@code v1.} followed by base64url(nonce || ciphertext || tag),
 * with a fresh random 96-bit nonce each time. The associated data binds a sealed value to where it belongs
 * (event id and case, or keyring scope): moved anywhere else it no longer opens.
 */
public final class PersonalDataCipher {

    private static final String PREFIX = "v1.";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonalDataCipher() {
    }

    /** A fresh random AES-256 key. */
    public static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(KEY_BYTES * 8, RANDOM);
            return generator.generateKey();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256 is not available", e);
        }
    }

    /** The key from its raw 32 bytes; anything else is refused. */
    public static SecretKey key(byte[] raw) {
        if (raw == null || raw.length != KEY_BYTES) {
            throw new IllegalArgumentException("an AES-256 key has " + KEY_BYTES + " bytes");
        }
        return new SecretKeySpec(raw, "AES");
    }

    public static String seal(SecretKey key, byte[] plaintext, String associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] ciphertext = cipher.doFinal(plaintext);
            byte[] sealed = new byte[NONCE_BYTES + ciphertext.length];
            System.arraycopy(nonce, 0, sealed, 0, NONCE_BYTES);
            System.arraycopy(ciphertext, 0, sealed, NONCE_BYTES, ciphertext.length);
            return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    /**
     * The plaintext of a sealed value.
     *
     * @throws UnreadableException when the value is malformed, was changed, belongs to other associated
     *                             data or was sealed under another key (GCM cannot tell these apart)
     */
    public static byte[] open(SecretKey key, String sealed, String associatedData) {
        if (sealed == null || !sealed.startsWith(PREFIX)) {
            throw new UnreadableException("not a sealed value of this version");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(sealed.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new UnreadableException("sealed value is not base64url");
        }
        if (bytes.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new UnreadableException("sealed value is too short");
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, bytes, 0, NONCE_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new UnreadableException("sealed value fails authentication (changed, wrong key or wrong context)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM decryption failed", e);
        }
    }

    /** A sealed value that cannot be opened; never retried, never shows the value. */
    public static final class UnreadableException extends RuntimeException {
        public UnreadableException(String message) {
            super(message);
        }
    }
}

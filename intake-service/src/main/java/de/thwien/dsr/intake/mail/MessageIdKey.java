package de.thwien.dsr.intake.mail;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A Message-ID as the database keys it. The sender chooses the id, of any length; an index entry cannot be.
 * Up to {@value #MAX_KEPT} characters the id is its own key, a longer one becomes {@code sha256:} and the hex
 * SHA-256 of its UTF-8 bytes (the migration that introduced the key computes the same).
 */
public final class MessageIdKey {

    static final int MAX_KEPT = 255;

    private MessageIdKey() {
    }

    /** The key of a Message-ID; null for none. */
    public static String of(String messageId) {
        if (messageId == null || messageId.codePointCount(0, messageId.length()) <= MAX_KEPT) {
            return messageId;
        }
        try {
            return "sha256:" + HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

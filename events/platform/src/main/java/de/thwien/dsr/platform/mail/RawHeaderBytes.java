package de.thwien.dsr.platform.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A mail header value as its sender meant it. Many mail clients put UTF-8 into headers as it is, without encoded words
 * (RFC 6532), others still raw Latin-1 or windows-1252; Jakarta Mail reads header bytes one character per byte
 * (ISO-8859-1: an IMAP message always, whatever {@code mail.mime.allowutf8} says; the IMAP envelope too), so
 * "Claßen" sent in UTF-8 arrives as "ClaÃ\u009fen". Such a value is read again as UTF-8 when its bytes are valid
 * UTF-8, else as windows-1252 (ISO-8859-1 reads alike except for the bytes 0x80 to 0x9F, where windows-1252 has "€",
 * "–" and the quotes; a byte it does not define stays as it was). A value with characters beyond ISO-8859-1 was
 * decoded already and stays as it is. Encoded words (RFC 2047) are ASCII and pass unchanged. Plain Java.
 */
public final class RawHeaderBytes {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private RawHeaderBytes() {
    }

    public static String asSent(String value) {
        if (value == null || value.chars().allMatch(c -> c < 0x80) || value.chars().anyMatch(c -> c > 0xFF)) {
            return value;
        }
        byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return windows1252(value);
        }
    }

    private static String windows1252(String value) {
        StringBuilder read = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= 0x80 && c <= 0x9F) {
                String decoded = new String(new byte[] {(byte) c}, WINDOWS_1252);
                read.append(decoded.equals("\uFFFD") ? String.valueOf(c) : decoded);
            } else {
                read.append(c);
            }
        }
        return read.toString();
    }
}

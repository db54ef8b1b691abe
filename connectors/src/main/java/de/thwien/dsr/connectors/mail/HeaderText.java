package de.thwien.dsr.connectors.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;

import java.io.UnsupportedEncodingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A mail's subject and addresses as written, read once from its raw headers. Jakarta Mail hands a header over one
 * character per byte (ISO-8859-1); a header written in raw 8-bit bytes instead of RFC 2047 words is mostly UTF-8 today
 * ("Claßen" would show as "ClaÃ\u009fen"), sometimes still Latin-1 or windows-1252. Its bytes are read as UTF-8 when
 * they are valid UTF-8, else as windows-1252 (which ISO-8859-1 text reads alike); RFC 2047 words are decoded after.
 */
final class HeaderText {

    /** The headers read here; fetched with a large message's envelope, so reading them costs no extra command. */
    static final String[] HEADERS = {"Subject", "From", "Reply-To", "To", "Cc", "Bcc"};

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private HeaderText() {
    }

    /** The subject as written, or {@code null} when the mail has none. */
    static String subject(Message message) throws MessagingException {
        String raw = first(message, "Subject");
        if (raw == null) {
            return null;
        }
        String unfolded = MimeUtility.unfold(eightBit(raw));
        try {
            return MimeUtility.decodeText(unfolded);
        } catch (UnsupportedEncodingException e) {
            return unfolded; // an encoded word in a charset this JVM lacks: shown as written in the header
        }
    }

    /** The addresses of one header ({@code From}, {@code To} …), every occurrence; empty when the mail has none. */
    static List<InternetAddress> addresses(Message message, String header) throws MessagingException {
        String[] values = message.getHeader(header);
        List<InternetAddress> addresses = new ArrayList<>();
        if (values != null) {
            for (String value : values) {
                addresses.addAll(List.of(InternetAddress.parseHeader(eightBit(value), false)));
            }
        }
        return addresses;
    }

    /** The characters the raw bytes of a header value stand for (see the class comment). */
    static String eightBit(String header) {
        if (header.chars().allMatch(c -> c < 0x80) || header.chars().anyMatch(c -> c > 0xFF)) {
            return header; // plain ASCII, or already decoded (a session that reads headers as UTF-8)
        }
        byte[] bytes = header.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, WINDOWS_1252);
        }
    }

    private static String first(Message message, String header) throws MessagingException {
        String[] values = message.getHeader(header);
        return values == null || values.length == 0 ? null : values[0];
    }
}

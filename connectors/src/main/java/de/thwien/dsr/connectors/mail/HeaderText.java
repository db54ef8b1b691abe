package de.thwien.dsr.connectors.mail;

import de.thwien.dsr.platform.mail.RawHeaderBytes;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A mail's subject and addresses as written, read once from its raw headers: raw 8-bit bytes as the sender meant
 * them ({@link RawHeaderBytes}, "Claßen" sent in UTF-8 would show as "ClaÃ\u009fen"), then RFC 2047 words decoded.
 * The access copy, the portability export and the findings' summaries all read them here.
 */
final class HeaderText {

    /** The headers read here; fetched with a large message's envelope, so reading them costs no extra command. */
    static final String[] HEADERS = {"Subject", "From", "Reply-To", "To", "Cc", "Bcc"};

    private HeaderText() {
    }

    /** The subject as written, or {@code null} when the mail has none. */
    static String subject(Message message) throws MessagingException {
        String raw = first(message, "Subject");
        if (raw == null) {
            return null;
        }
        String unfolded = MimeUtility.unfold(RawHeaderBytes.asSent(raw));
        try {
            return MimeUtility.decodeText(unfolded);
        } catch (UnsupportedEncodingException e) {
            return unfolded; // an encoded word in a charset this JVM lacks: shown as written in the header
        }
    }

    /**
     * The addresses of one header ({@code From}, {@code To} …), every occurrence; empty when the mail has none. A
     * header too malformed to parse is read as Jakarta Mail reads it (from the server's envelope on IMAP), so one
     * broken mail never stops a crawl.
     */
    static List<InternetAddress> addresses(Message message, String header) throws MessagingException {
        String[] values = message.getHeader(header);
        List<InternetAddress> addresses = new ArrayList<>();
        if (values != null) {
            try {
                for (String value : values) {
                    addresses.addAll(List.of(InternetAddress.parseHeader(RawHeaderBytes.asSent(value), false)));
                }
            } catch (AddressException malformed) {
                return asJakartaMailReadsThem(message, header);
            }
        }
        return addresses;
    }

    private static List<InternetAddress> asJakartaMailReadsThem(Message message, String header)
            throws MessagingException {
        Address[] read = switch (header) {
            case "From" -> message.getFrom();
            case "Reply-To" -> message.getReplyTo();
            case "To" -> message.getRecipients(Message.RecipientType.TO);
            case "Cc" -> message.getRecipients(Message.RecipientType.CC);
            case "Bcc" -> message.getRecipients(Message.RecipientType.BCC);
            default -> throw new IllegalArgumentException("not an address header: " + header);
        };
        return read == null ? List.of() : Arrays.stream(read).filter(InternetAddress.class::isInstance)
                .map(InternetAddress.class::cast).toList();
    }

    private static String first(Message message, String header) throws MessagingException {
        String[] values = message.getHeader(header);
        return values == null || values.length == 0 ? null : values[0];
    }
}

package de.thwien.dsr.intake.mail;

import de.thwien.dsr.platform.address.MailAddressRule;
import de.thwien.dsr.platform.mail.RawHeaderBytes;
import de.thwien.dsr.platform.text.HtmlText;
import jakarta.mail.BodyPart;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.StoreClosedException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.IOException;
import java.io.InputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/** What intake needs of a request mail, read with Jakarta Mail (plain, HTML and multipart). */
public record RequestMail(String messageId, String fromAddress, String fromName, String subject, String text,
        Instant receivedAt) {

    /** A mail that cannot become a case; {@code messageId} is kept if it could be read. */
    public static final class Unreadable extends Exception {
        private final String messageId;

        Unreadable(String messageId, String reason, Throwable cause) {
            super(reason, cause);
            this.messageId = messageId;
        }

        public String messageId() {
            return messageId;
        }
    }

    /** RFC 5322 2.1.1: no line of a mail may be longer; a Message-ID that is cannot have come from a mail client. */
    static final int MAX_LINE_CHARS = 998;

    /**
     * Reads a mail of the request mailbox.
     *
     * @throws Unreadable when the mail itself cannot become a case
     * @throws MessagingException when the connection to the mailbox is lost meanwhile (not the mail's fault)
     */
    public static RequestMail of(Message message) throws Unreadable, MessagingException {
        String messageId = null;
        try {
            messageId = messageIdOf(message);
            if (messageId.length() > MAX_LINE_CHARS) {
                throw new Unreadable(messageId, "Message-ID of " + messageId.length() + " characters, longer than a"
                        + " mail's line may be (" + MAX_LINE_CHARS + ", RFC 5322)", null);
            }
            Part mail = asReceived(message);
            InternetAddress from = senderOf(mail)
                    .orElseThrow(() -> new Unreadable(messageIdOrNull(message), "no valid sender address", null));
            MailAddressRule.Verdict sender = MailAddressRule.check(from.getAddress());
            if (!sender.deliverable()) {
                // no answer could reach the sender: the mail goes to the error folder, for the assistant to read
                throw new Unreadable(messageIdOrNull(message), "sender address no notice can reach ("
                        + sender.refusal() + ")", null);
            }
            String text = textOf(mail).orElse("");
            Instant receivedAt = message.getReceivedDate() == null ? null : message.getReceivedDate().toInstant();
            return new RequestMail(messageId, sender.address(), withoutNul(from.getPersonal()),
                    withoutNul(header(mail, "Subject")), withoutNul(text), receivedAt);
        } catch (FolderClosedException | StoreClosedException e) {
            throw e;
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new Unreadable(messageId, MailFault.reasonOf(e), e);
        }
    }

    /**
     * The mail parsed here from its bytes as the server received them (one fetch of the whole mail), not from
     * what the IMAP server parsed of it: its envelope and header answers may lose what their charset cannot hold
     * (GreenMail answers in ISO-8859-1, "–" becomes "?"), while the whole mail comes as it was sent.
     */
    private static Part asReceived(Message message) throws MessagingException {
        return message instanceof MimeMessage mime ? new MimeMessage(mime) : message;
    }

    /** The Message-ID as the database keys it (bounded, see {@link MessageIdKey}). */
    public String key() {
        return MessageIdKey.of(messageId);
    }

    /** PostgreSQL text cannot hold NUL: a mail with one would otherwise fail on every poll and never leave the inbox. */
    static String withoutNul(String value) {
        return value == null ? null : value.replace("\u0000", "");
    }

    /**
     * The Message-ID; a mail without one gets a stable stand-in from the hash of its raw content, so that
     * re-polling it still finds the same case.
     */
    static String messageIdOf(Message message) throws MessagingException, IOException {
        String id = messageIdOrNull(message);
        if (id != null) {
            return id;
        }
        try (InputStream raw = ((MimeMessage) message).getRawInputStream()) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(String.valueOf(message.getSubject()).getBytes(StandardCharsets.UTF_8));
            digest.update(raw.readAllBytes());
            return "<sha256-" + HexFormat.of().formatHex(digest.digest()) + "@dsr.intake>";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static String messageIdOrNull(Message message) {
        try {
            String[] values = message.getHeader("Message-ID");
            return values == null || values.length == 0 || values[0].isBlank() ? null : values[0].trim();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static Optional<InternetAddress> senderOf(Part mail) throws MessagingException {
        String from = header(mail, "From", false);
        InternetAddress[] addresses = from == null ? new InternetAddress[0] : InternetAddress.parseHeader(from, false);
        if (addresses.length == 0) {
            return Optional.empty();
        }
        try {
            addresses[0].validate();
            return Optional.of(addresses[0]);
        } catch (MessagingException e) {
            return Optional.empty();
        }
    }

    /** The first value of a header as its sender meant it (see {@link #rawBytesAsUtf8}), encoded words decoded. */
    static String header(Part part, String name) throws MessagingException {
        return header(part, name, true);
    }

    private static String header(Part part, String name, boolean decodeWords) throws MessagingException {
        String[] values = part.getHeader(name);
        if (values == null || values.length == 0) {
            return null;
        }
        String value = MimeUtility.unfold(rawBytesAsUtf8(values[0]));
        if (!decodeWords) {
            // an address header: InternetAddress decodes the words of the name itself, after parsing
            return value;
        }
        try {
            return MimeUtility.decodeText(value);
        } catch (UnsupportedEncodingException e) {
            return value;
        }
    }

    /**
     * Many mail clients put UTF-8 into headers as it is, without encoded words (RFC 6532), and Jakarta Mail reads
     * header bytes as ISO-8859-1 (an IMAP message always, whatever {@code mail.mime.allowutf8} says; the IMAP
     * envelope loses what ISO-8859-1 cannot hold): "Jürgen" arrives as "JÃ¼rgen". Such a value is read again as
     * UTF-8; bytes that are no valid UTF-8 are read as windows-1252 (ISO-8859-1 alike but for 0x80 to 0x9F), the older
     * 8-bit habit ({@link RawHeaderBytes}). A value with characters beyond
     * ISO-8859-1 was decoded already and stays as it is.
     */
    static String rawBytesAsUtf8(String value) {
        return RawHeaderBytes.asSent(value); // the one reading the mail connector uses too
    }

    /** The first text/plain part, else the first text/html part as text, searching nested multiparts. */
    static Optional<String> textOf(Part part) throws MessagingException, IOException {
        Optional<String> plain = firstOfType(part, "text/plain");
        if (plain.isPresent()) {
            return plain;
        }
        return firstOfType(part, "text/html").map(RequestMail::htmlToText);
    }

    private static Optional<String> firstOfType(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return Optional.of(contentOf(part));
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart bodyPart = multipart.getBodyPart(i);
                Optional<String> text = firstOfType(bodyPart, mimeType);
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A text part's content in its charset. A charset Java does not know (a typo, an invented name) would make the
     * mail unreadable: its bytes are read as UTF-8 if they are valid UTF-8, else as ISO-8859-1 (the rule for raw
     * header bytes, {@link #rawBytesAsUtf8}); ASCII reads the same either way.
     */
    private static String contentOf(Part part) throws MessagingException, IOException {
        try {
            return part.getContent().toString();
        } catch (UnsupportedEncodingException e) {
            try (InputStream bytes = part.getInputStream()) {
                return rawBytesAsUtf8(new String(bytes.readAllBytes(), StandardCharsets.ISO_8859_1));
            }
        }
    }

    /** The HTML part as the text a person reads (see {@link HtmlText}). */
    public static String htmlToText(String html) {
        return HtmlText.of(html);
    }
}

package de.thwien.dsr.intake.mail;

import de.thwien.dsr.platform.address.MailAddressRule;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

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

    private static final Pattern TAGS = Pattern.compile("(?s)<(script|style)[^>]*>.*?</\\1>|<[^>]+>");
    private static final Pattern BLANKS = Pattern.compile("[ \\t\\x0B\\f\\r]+");

    public static RequestMail of(Message message) throws Unreadable {
        String messageId = null;
        try {
            messageId = messageIdOf(message);
            InternetAddress from = senderOf(message)
                    .orElseThrow(() -> new Unreadable(messageIdOrNull(message), "no valid sender address", null));
            MailAddressRule.Verdict sender = MailAddressRule.check(from.getAddress());
            if (!sender.deliverable()) {
                // no answer could reach the sender: the mail goes to the error folder, for the assistant to read
                throw new Unreadable(messageIdOrNull(message), "sender address no notice can reach ("
                        + sender.refusal() + ")", null);
            }
            String text = textOf(message).orElse("");
            Instant receivedAt = message.getReceivedDate() == null ? null : message.getReceivedDate().toInstant();
            return new RequestMail(messageId, sender.address(), withoutNul(from.getPersonal()),
                    withoutNul(message.getSubject()), withoutNul(text), receivedAt);
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new Unreadable(messageId, e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
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

    private static String messageIdOrNull(Message message) {
        try {
            String[] values = message.getHeader("Message-ID");
            return values == null || values.length == 0 || values[0].isBlank() ? null : values[0].trim();
        } catch (MessagingException e) {
            return null;
        }
    }

    private static Optional<InternetAddress> senderOf(Message message) throws MessagingException {
        Address[] from = message.getFrom();
        if (from == null || from.length == 0 || !(from[0] instanceof InternetAddress address)) {
            return Optional.empty();
        }
        try {
            address.validate();
            return Optional.of(address);
        } catch (MessagingException e) {
            return Optional.empty();
        }
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
            return Optional.of(part.getContent().toString());
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

    /** Enough for keyword matching and the assistant's reading: tags dropped, common entities decoded. */
    static String htmlToText(String html) {
        String text = TAGS.matcher(html).replaceAll(" ")
                .replace("&nbsp;", " ").replace("&auml;", "ä").replace("&ouml;", "ö").replace("&uuml;", "ü")
                .replace("&szlig;", "ß").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&amp;", "&");
        return BLANKS.matcher(text).replaceAll(" ").trim();
    }
}

package de.thwien.dsr.intake.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Delivery reports as mail servers write them (written for these tests after the formats of Postfix, Exim, Gmail and
 * Exchange), in {@code src/test/resources/delivery-reports}, with the returned notice's Message-ID and its recipient
 * filled in.
 */
final class DeliverySamples {

    private DeliverySamples() {
    }

    /** The sample's raw text with CRLF line ends, as it travels over SMTP. */
    static String raw(String sample, String messageId, String recipient) {
        try (InputStream in = DeliverySamples.class.getResourceAsStream("/delivery-reports/" + sample + ".eml")) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + sample);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("{{message-id}}", messageId)
                    .replace("{{recipient}}", recipient).replace("\r\n", "\n").replace("\n", "\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MimeMessage mail(String sample, String messageId, String recipient) throws MessagingException {
        return parse(raw(sample, messageId, recipient));
    }

    static MimeMessage parse(String raw) throws MessagingException {
        return new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
    }
}

package de.thwien.dsr.connectors.mail;

import de.thwien.dsr.connectors.spi.Mention;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimePart;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;

/**
 * A mail's content with a person's mention removed ({@link ImapMailWriter#redact}): its text parts, plain and HTML,
 * in their multipart structure, each with the mention replaced; attachments and parts that are not text left out.
 */
final class RedactedText {

    private RedactedText() {
    }

    /** Fills {@code target} with what is left of {@code original}: at least an empty text. */
    static void fill(MimePart target, Part original, Mention mention) throws MessagingException, IOException {
        if (!copy(target, original, mention)) {
            target.setText("", "UTF-8");
        }
    }

    /** The addresses without hers, and without her name in the display names. */
    static Address[] addresses(Address[] original, Mention mention) throws UnsupportedEncodingException {
        List<Address> kept = new ArrayList<>();
        for (Address address : original == null ? new Address[0] : original) {
            if (!(address instanceof InternetAddress internet)) {
                kept.add(address);
            } else if (mention.address() == null || !mention.address().equalsIgnoreCase(internet.getAddress())) {
                String personal = internet.getPersonal();
                kept.add(personal != null && mention.isIn(personal)
                        ? new InternetAddress(internet.getAddress(), mention.removedFrom(personal), "UTF-8")
                        : internet);
            }
        }
        return kept.toArray(new Address[0]);
    }

    /** Whether anything of {@code original} went into {@code target}. */
    private static boolean copy(MimePart target, Part original, Mention mention) throws MessagingException, IOException {
        if (original.isMimeType("multipart/*")) {
            Multipart parts = (Multipart) original.getContent();
            MimeMultipart rebuilt = new MimeMultipart(new ContentType(original.getContentType()).getSubType());
            for (int i = 0; i < parts.getCount(); i++) {
                MimeBodyPart part = new MimeBodyPart();
                if (copy(part, parts.getBodyPart(i), mention)) {
                    rebuilt.addBodyPart(part);
                }
            }
            if (rebuilt.getCount() == 0) {
                return false;
            }
            target.setContent(rebuilt);
            return true;
        }
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(original.getDisposition()) || original.getFileName() != null;
        if (attachment || !original.isMimeType("text/plain") && !original.isMimeType("text/html")) {
            return false; // a PDF or an image may name her in a way no one checks: left out
        }
        String text = mention.removedFrom(String.valueOf(original.getContent()));
        target.setText(text, "UTF-8", original.isMimeType("text/html") ? "html" : "plain");
        return true;
    }
}

package de.thwien.dsr.faults;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.util.Optional;

/** The text/plain body of a message, searching nested multiparts. */
final class MailText {

    private MailText() {
    }

    static String of(Part part) {
        try {
            return plain(part).orElse("");
        } catch (MessagingException | IOException e) {
            return "";
        }
    }

    private static Optional<String> plain(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return Optional.of(part.getContent().toString());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                Optional<String> text = plain(body);
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        return Optional.empty();
    }
}

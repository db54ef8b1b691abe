package de.thwien.dsr.connectors.mail;

import java.util.List;
import java.util.Objects;

/**
 * What the classifier looks at in one message; built from IMAP, but plain data so that the rules
 * are unit-testable.
 *
 * @param fromAddress  canonical sender address (may be null)
 * @param subject      subject line (may be null)
 * @param text         the first part of the text body (bounded, see {@link ImapMailReader})
 * @param attachments  attachments with file name and content type
 * @param sentFolder   the message lies in the account's Sent folder
 */
public record MailFacts(String fromAddress, String subject, String text, List<Attachment> attachments,
        boolean sentFolder) {

    public MailFacts {
        subject = Objects.requireNonNullElse(subject, "");
        text = Objects.requireNonNullElse(text, "");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    public record Attachment(String fileName, String contentType) {

        public Attachment {
            fileName = Objects.requireNonNullElse(fileName, "");
            contentType = Objects.requireNonNullElse(contentType, "");
        }
    }
}

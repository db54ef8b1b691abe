package de.thwien.dsr.connectors.mail;

import de.thwien.dsr.connectors.mail.MailFacts.Attachment;
import de.thwien.dsr.platform.text.HtmlText;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text and the attachments of a message. For crawling and classifying, attachments are only
 * described (name and type from the body structure), never downloaded; text is cut at
 * {@code textLimit} characters so that one huge message cannot exhaust memory. Only an export for
 * an access package downloads attachment content, one message at a time.
 */
record MessageContent(String text, List<Attachment> attachments, List<byte[]> attachmentContents) {

    static MessageContent of(Part message, int textLimit) throws MessagingException, IOException {
        return read(message, textLimit, false);
    }

    /** Everything, attachment content included (access package). */
    static MessageContent withAttachmentContent(Part message) throws MessagingException, IOException {
        return read(message, Integer.MAX_VALUE, true);
    }

    private static MessageContent read(Part message, int textLimit, boolean withContent)
            throws MessagingException, IOException {
        Collector collector = new Collector(textLimit, withContent);
        collector.walk(message);
        String text = collector.plain.length() > 0 ? collector.plain.toString() : HtmlText.of(collector.html.toString());
        return new MessageContent(text.length() > textLimit ? text.substring(0, textLimit) : text,
                collector.attachments, collector.contents);
    }

    private static final class Collector {
        private final int limit;
        private final StringBuilder plain = new StringBuilder();
        private final StringBuilder html = new StringBuilder();
        private final List<Attachment> attachments = new ArrayList<>();
        private final List<byte[]> contents = new ArrayList<>();
        private final boolean withContent;

        Collector(int limit, boolean withContent) {
            this.limit = limit;
            this.withContent = withContent;
        }

        void walk(Part part) throws MessagingException, IOException {
            String type = part.getContentType() == null ? "" : part.getContentType().toLowerCase(Locale.ROOT);
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    walk(child);
                }
            } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null) {
                attachments.add(new Attachment(part.getFileName(), type.split(";")[0].strip()));
                if (withContent) {
                    try (InputStream in = part.getInputStream()) {
                        contents.add(in.readAllBytes());
                    }
                }
            } else if (part.isMimeType("text/plain") && plain.length() < limit) {
                plain.append(part.getContent()).append('\n');
            } else if (part.isMimeType("text/html") && html.length() < limit) {
                html.append(part.getContent()).append('\n');
            }
        }
    }
}

package de.thwien.dsr.connectors.mail;

import de.thwien.dsr.connectors.mail.MailFacts.Attachment;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text and the attachment list of a message. Attachments are only described (name, type,
 * size from the body structure), never downloaded; text is cut at {@code textLimit} characters so
 * that one huge message cannot exhaust memory.
 */
record MessageContent(String text, List<Attachment> attachments, List<Integer> attachmentSizes) {

    static MessageContent of(Part message, int textLimit) throws MessagingException, IOException {
        Collector collector = new Collector(textLimit);
        collector.walk(message);
        String text = collector.plain.length() > 0 ? collector.plain.toString() : stripHtml(collector.html.toString());
        return new MessageContent(text.length() > textLimit ? text.substring(0, textLimit) : text,
                collector.attachments, collector.sizes);
    }

    static String stripHtml(String html) {
        return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?s)<[^>]+>", " ")
                .replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")
                .replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                .strip();
    }

    private static final class Collector {
        private final int limit;
        private final StringBuilder plain = new StringBuilder();
        private final StringBuilder html = new StringBuilder();
        private final List<Attachment> attachments = new ArrayList<>();
        private final List<Integer> sizes = new ArrayList<>();

        Collector(int limit) {
            this.limit = limit;
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
                sizes.add(part.getSize());
            } else if (part.isMimeType("text/plain") && plain.length() < limit) {
                plain.append(part.getContent()).append('\n');
            } else if (part.isMimeType("text/html") && html.length() < limit) {
                html.append(part.getContent()).append('\n');
            }
        }
    }
}

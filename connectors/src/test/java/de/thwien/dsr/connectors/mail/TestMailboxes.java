package de.thwien.dsr.connectors.mail;

import de.thwien.dsr.connectors.TestInfra;
import de.thwien.dsr.infra.EmbeddedInfra;
import jakarta.activation.DataHandler;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/** A fresh GreenMail account per test, filled over IMAP APPEND like a real mailbox. */
final class TestMailboxes {

    static final String PASSWORD = "secret";

    private TestMailboxes() {
    }

    static MailAccount freshAccount() {
        EmbeddedInfra infra = TestInfra.get();
        String login = "info-" + UUID.randomUUID().toString().substring(0, 8);
        String address = login + "@thwien.example";
        infra.mailServer().greenMail().setUser(address, login, PASSWORD);
        return new MailAccount("info", infra.mailHost(), infra.imapPort(), false, login, PASSWORD, address);
    }

    static MailSettings settings(MailAccount account) {
        return new MailSettings(List.of(account), MailClassificationRules.defaults(List.of("sipgate.de")), null, null);
    }

    static MessageBuilder message() {
        return new MessageBuilder();
    }

    /** A message exactly as the bytes are, 8-bit headers included (parsed, written back byte for byte on APPEND). */
    static MimeMessage raw(byte[] source) throws MessagingException {
        return new MimeMessage(Session.getInstance(new Properties()), new java.io.ByteArrayInputStream(source));
    }

    static void append(MailAccount account, String folderName, MimeMessage... messages) throws MessagingException {
        try (Store store = store(account)) {
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                folder.create(Folder.HOLDS_MESSAGES);
            }
            folder.appendMessages(messages);
        }
    }

    static void deleteFolder(MailAccount account, String folderName) throws MessagingException {
        try (Store store = store(account)) {
            store.getFolder(folderName).delete(true);
        }
    }

    /** Keywords (user flags) of every message in a folder. */
    static List<String> keywords(MailAccount account, String folderName) throws MessagingException {
        try (Store store = store(account)) {
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_ONLY);
            try {
                List<String> keywords = new ArrayList<>();
                for (Message message : folder.getMessages()) {
                    keywords.addAll(List.of(message.getFlags().getUserFlags()));
                }
                return keywords;
            } finally {
                folder.close(false);
            }
        }
    }

    /** Every message of a folder as the server keeps it, decoded: headers and every part's text. */
    static List<String> decodedMessages(MailAccount account, String folderName) throws Exception {
        try (Store store = store(account)) {
            Folder folder = store.getFolder(folderName);
            folder.open(Folder.READ_ONLY);
            try {
                List<String> messages = new ArrayList<>();
                for (Message message : folder.getMessages()) {
                    StringBuilder text = new StringBuilder();
                    java.util.Enumeration<jakarta.mail.Header> headers = message.getAllHeaders();
                    while (headers.hasMoreElements()) {
                        jakarta.mail.Header header = headers.nextElement();
                        text.append(header.getName()).append(": ")
                                .append(jakarta.mail.internet.MimeUtility.decodeText(header.getValue())).append('\n');
                    }
                    appendParts(message, text);
                    messages.add(text.toString());
                }
                return messages;
            } finally {
                folder.close(false);
            }
        }
    }

    private static void appendParts(jakarta.mail.Part part, StringBuilder text) throws Exception {
        text.append("--- ").append(part.getContentType()).append('\n');
        if (part.getContent() instanceof jakarta.mail.Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                appendParts(multipart.getBodyPart(i), text);
            }
        } else if (part.getContent() instanceof String string) {
            text.append(string).append('\n');
        }
    }

    private static Store store(MailAccount account) throws MessagingException {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect(account.host(), account.port(), account.login(), account.password());
        return store;
    }

    static final class MessageBuilder {
        private final MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        private final MimeMultipart multipart = new MimeMultipart();
        private String text = "";

        MessageBuilder from(String address) throws Exception {
            message.setFrom(new InternetAddress(address));
            return this;
        }

        /** A sender with a name, encoded in the header as a mail client does (RFC 2047). */
        MessageBuilder from(String address, String name) throws Exception {
            message.setFrom(new InternetAddress(address, name, "UTF-8"));
            return this;
        }

        MessageBuilder to(String address) throws Exception {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(address));
            return this;
        }

        MessageBuilder cc(String address) throws Exception {
            message.addRecipient(Message.RecipientType.CC, new InternetAddress(address));
            return this;
        }

        MessageBuilder subject(String subject) throws Exception {
            message.setSubject(subject, "UTF-8");
            return this;
        }

        MessageBuilder text(String body) {
            this.text = body;
            return this;
        }

        MessageBuilder date(Date date) throws Exception {
            message.setSentDate(date);
            return this;
        }

        MessageBuilder messageId(String id) throws Exception {
            message.setHeader("Message-ID", id);
            return this;
        }

        MessageBuilder inReplyTo(String id) throws Exception {
            message.setHeader("In-Reply-To", id);
            return this;
        }

        MessageBuilder references(String... ids) throws Exception {
            message.setHeader("References", String.join(" ", ids));
            return this;
        }

        MessageBuilder attachment(String fileName, String contentType, byte[] content) throws Exception {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, contentType)));
            part.setFileName(fileName);
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            multipart.addBodyPart(part);
            return this;
        }

        MimeMessage build() throws Exception {
            MimeBodyPart body = new MimeBodyPart();
            body.setText(text, "UTF-8");
            multipart.addBodyPart(body, 0);
            message.setContent(multipart);
            if (message.getSentDate() == null) {
                message.setSentDate(new Date());
            }
            String chosenId = message.getHeader("Message-ID") == null ? null : message.getHeader("Message-ID")[0];
            message.saveChanges();
            if (chosenId != null) {
                // saveChanges() made a new Message-ID; the test's own one is needed for threads
                message.setHeader("Message-ID", chosenId);
            }
            return message;
        }
    }
}

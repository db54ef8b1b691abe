package de.thwien.dsr.localstack.demo;

import de.thwien.dsr.localstack.demo.DemoData.DemoMail;
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
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Puts the demo mails into the mailboxes over IMAP APPEND, each with its own date as sent and received
 * date (so retention starts when the mail was really exchanged, not today).
 */
final class DemoMailboxes {

    private DemoMailboxes() {
    }

    static void deliver(String host, int imapPort, DemoData data) {
        Session session = Session.getInstance(new Properties());
        Map<String, Map<String, List<DemoMail>>> byAccount = data.mails().stream().collect(Collectors.groupingBy(
                DemoMail::account, LinkedHashMap::new,
                Collectors.groupingBy(DemoMail::folder, LinkedHashMap::new, Collectors.toList())));
        try {
            for (var account : byAccount.entrySet()) {
                try (Store store = session.getStore("imap")) {
                    store.connect(host, imapPort, account.getKey(), "local-stack");
                    for (var folderMails : account.getValue().entrySet()) {
                        Folder folder = store.getFolder(folderMails.getKey());
                        if (!folder.exists()) {
                            folder.create(Folder.HOLDS_MESSAGES);
                        }
                        Message[] messages = new Message[folderMails.getValue().size()];
                        for (int i = 0; i < messages.length; i++) {
                            messages[i] = message(session, folderMails.getValue().get(i));
                        }
                        folder.appendMessages(messages);
                    }
                }
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("demo mailboxes not filled", e);
        }
    }

    private static MimeMessage message(Session session, DemoMail mail) throws MessagingException {
        Date date = Date.from(mail.date().toInstant());
        MimeMessage message = new MimeMessage(session) {
            @Override
            public Date getReceivedDate() {
                return date; // APPEND uses it as the message's internal date
            }

            @Override
            protected void updateMessageID() throws MessagingException {
                if (mail.messageId() == null) {
                    super.updateMessageID();
                } else {
                    setHeader("Message-ID", mail.messageId()); // answers in the demo name it
                }
            }
        };
        message.setFrom(new InternetAddress(mail.from()));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to()));
        if (mail.cc() != null) {
            message.setRecipients(Message.RecipientType.CC, InternetAddress.parse(mail.cc()));
        }
        message.setSubject(mail.subject(), "UTF-8");
        message.setSentDate(date);
        if (!mail.references().isEmpty()) {
            // as a mail client answers: the mail answered, and the thread's earlier mails before it
            message.setHeader("In-Reply-To", mail.references().get(mail.references().size() - 1));
            message.setHeader("References", String.join(" ", mail.references()));
        }
        if (mail.attachment() == null) {
            message.setText(mail.text(), "UTF-8");
        } else {
            MimeMultipart multipart = new MimeMultipart();
            MimeBodyPart body = new MimeBodyPart();
            body.setText(mail.text(), "UTF-8");
            multipart.addBodyPart(body);
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.attachment().content(),
                    mail.attachment().contentType())));
            attachment.setFileName(mail.attachment().fileName());
            attachment.setDisposition(MimeBodyPart.ATTACHMENT);
            multipart.addBodyPart(attachment);
            message.setContent(multipart);
        }
        message.saveChanges();
        return message;
    }
}

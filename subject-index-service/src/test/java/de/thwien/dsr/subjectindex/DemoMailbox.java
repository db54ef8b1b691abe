package de.thwien.dsr.subjectindex;

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
import java.util.Properties;

/**
 * The {@code info} mailbox of the demo: Jana writes (upper case, plus tag) about an order, is Cc of
 * Lukas's mail, and got her invoice from the Sent folder; her namesake writes from another address; a supplier
 * names Jonas Albrecht-Weidemann in the text of a mail only (neither his address nor his name in a header);
 * sipgate delivers two voicemails that carry only the caller's number: Lukas's (the number of his CRM record) and one
 * from the number of Jana's namesake's CRM record.
 */
public final class DemoMailbox {

    private DemoMailbox() {
    }

    static void seed(String host, int port) {
        try {
            append(host, port, "INBOX",
                    message("\"Jana Becker\" <JANA.Becker+shop@example.net>", SeededStoresTestResource.MAIL_ADDRESS,
                            null, "Ihre Bestellung 4711", "Wo bleibt meine Lieferung? Tel. 0221 98765432", null),
                    message("lukas.mueller@example.com", SeededStoresTestResource.MAIL_ADDRESS,
                            "jana.becker@example.net", "Termin", "Hallo zusammen, passt Dienstag?", null),
                    message("\"Jana Becker\" <j.becker@another.example>", SeededStoresTestResource.MAIL_ADDRESS, null,
                            "Newsletter", "Bitte abmelden.", null),
                    message("buchhaltung@lieferant.example", SeededStoresTestResource.MAIL_ADDRESS, null,
                            "Lieferverzug", "Guten Tag,\n\nwie mit Herrn Jonas Albrecht-Weidemann besprochen, "
                                    + "verschiebt sich die Lieferung um eine Woche.\n\nViele Grüße\nLieferant GmbH",
                            null),
                    voicemail("Anrufer: +49 171 2345678"),
                    voicemail("Anrufer: 089 1234567"));
            append(host, port, "Sent", message(SeededStoresTestResource.MAIL_ADDRESS, "jana.becker@example.net", null,
                    "Rechnung INV/2024/0007", "Anbei Ihre Rechnung.", "Rechnung_INV-2024-0007.pdf"));
        } catch (MessagingException e) {
            throw new IllegalStateException("demo mailbox not seeded", e);
        }
    }

    /** Appends one more inbound message to the demo INBOX (for first-contact tests). */
    public static void receive(String host, int port, String from, String subject) {
        try {
            append(host, port, "INBOX", message(from, SeededStoresTestResource.MAIL_ADDRESS, null, subject, "Hallo", null));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Appends one more inbound message with a Cc (null for none) and its text to the demo INBOX. */
    public static void receive(String host, int port, String from, String cc, String subject, String text) {
        try {
            append(host, port, "INBOX", message(from, SeededStoresTestResource.MAIL_ADDRESS, cc, subject, text, null));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Appends one more inbound message with extra headers ("List-Id", "<news.example.org>", …) to the INBOX. */
    public static void receive(String host, int port, String from, String subject, String text, String... headers) {
        try {
            MimeMessage message = message(from, SeededStoresTestResource.MAIL_ADDRESS, null, subject, text, null);
            for (int i = 0; i + 1 < headers.length; i += 2) {
                message.setHeader(headers[i], headers[i + 1]);
            }
            append(host, port, "INBOX", message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void append(String host, int port, String folderName, MimeMessage... messages)
            throws MessagingException {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect(host, port, SeededStoresTestResource.MAIL_LOGIN, SeededStoresTestResource.MAIL_PASSWORD);
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                folder.create(Folder.HOLDS_MESSAGES);
            }
            folder.appendMessages(messages);
        }
    }

    /** A sipgate voicemail mail: the caller's number in the text, the recording attached. */
    private static MimeMessage voicemail(String text) throws MessagingException {
        MimeBodyPart recording = new MimeBodyPart();
        recording.setDataHandler(new DataHandler(new ByteArrayDataSource(new byte[] {73, 68, 51}, "audio/mpeg")));
        recording.setFileName("voicemail.mp3");
        return messageWith("voicemail@sipgate.de", SeededStoresTestResource.MAIL_ADDRESS, null, "Neue Sprachnachricht",
                text, recording);
    }

    private static MimeMessage message(String from, String to, String cc, String subject, String text,
            String pdfAttachment) throws MessagingException {
        MimeBodyPart pdf = null;
        if (pdfAttachment != null) {
            pdf = new MimeBodyPart();
            pdf.setDataHandler(new DataHandler(new ByteArrayDataSource(new byte[] {37, 80, 68, 70}, "application/pdf")));
            pdf.setFileName(pdfAttachment);
        }
        return messageWith(from, to, cc, subject, text, pdf);
    }

    private static MimeMessage messageWith(String from, String to, String cc, String subject, String text,
            MimeBodyPart attachment) throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        if (cc != null) {
            message.setRecipient(Message.RecipientType.CC, new InternetAddress(cc));
        }
        message.setSubject(subject, "UTF-8");
        message.setSentDate(new Date());
        MimeMultipart multipart = new MimeMultipart();
        MimeBodyPart body = new MimeBodyPart();
        body.setText(text, "UTF-8");
        multipart.addBodyPart(body);
        if (attachment != null) {
            multipart.addBodyPart(attachment);
        }
        message.setContent(multipart);
        message.saveChanges();
        return message;
    }
}

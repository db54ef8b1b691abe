package de.thwien.dsr.intake.mail;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.MessageIDTerm;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The privacy mailbox intake polls, as the mail tests use it: raw mails delivered into it over SMTP exactly
 * as written, and how many mails with a given Message-ID lie in one of its folders (INBOX, Processed,
 * Errors) over IMAP. On the embedded GreenMail of the test configuration.
 */
public final class RequestMailbox {

    private final String host;
    private final int smtpPort;
    private final int imapPort;
    private final String address;

    private RequestMailbox(String host, int smtpPort, int imapPort, String address) {
        this.host = host;
        this.smtpPort = smtpPort;
        this.imapPort = imapPort;
        this.address = address;
    }

    /** From the running test's configuration: call it inside a test, once the infrastructure is up. */
    public static RequestMailbox ofTestConfiguration() {
        Config config = ConfigProvider.getConfig();
        return new RequestMailbox(config.getValue("dsr.mail.host", String.class),
                config.getValue("dsr.mail.smtp-port", Integer.class),
                config.getValue("dsr.mail.imap-port", Integer.class),
                config.getValue("dsr.mailbox.username", String.class));
    }

    public String address() {
        return address;
    }

    /** Another mailbox on the same server, e.g. a watched {@code info@} mailbox. */
    public RequestMailbox at(String otherAddress) {
        return new RequestMailbox(host, smtpPort, imapPort, otherAddress);
    }

    /**
     * Puts the raw mail into the inbox over IMAP APPEND with the given arrival (the INTERNALDATE a server records),
     * as if it had arrived then.
     */
    public void appendArrivedAt(String raw, Instant arrivedAt) throws MessagingException {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect(host, imapPort, address, "any");
            Folder inbox = store.getFolder("INBOX");
            MimeMessage message = new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8))) {
                @Override
                public Date getReceivedDate() {
                    return Date.from(arrivedAt);
                }
            };
            inbox.appendMessages(new Message[] {message});
        }
    }

    /** Whether the mail with the Message-ID in the inbox carries the \Seen flag. */
    public boolean seenInInbox(String messageId) throws MessagingException {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect(host, imapPort, address, "any");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                for (Message message : inbox.getMessages()) {
                    String[] ids = message.getHeader("Message-ID");
                    if (ids != null && messageId.equals(ids[0].trim())) {
                        return message.isSet(Flags.Flag.SEEN);
                    }
                }
                throw new IllegalStateException("no mail " + messageId + " in the inbox");
            } finally {
                inbox.close(false);
            }
        }
    }

    /** Sends the raw mail as it is: no saveChanges, so the Message-ID and a broken MIME structure stay. */
    public void send(String raw) throws MessagingException {
        send(raw, new Properties());
    }

    /**
     * Like {@link #send(String)} with an explicit envelope sender, so that a hostile From header is delivered
     * as it is instead of being parsed by the sending client.
     */
    public void sendFrom(String envelopeSender, String raw) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.from", envelopeSender);
        send(raw, properties);
    }

    private void send(String raw, Properties properties) throws MessagingException {
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", String.valueOf(smtpPort));
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, new InternetAddress[] {new InternetAddress(address)});
        }
    }

    /** The poller's name for the mail in the inbox (folder, UIDVALIDITY, UID), as it keys it in the database. */
    public String inboxRefOf(String messageId) throws MessagingException {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect(host, imapPort, address, "any");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                UIDFolder uids = (UIDFolder) inbox;
                for (Message message : inbox.getMessages()) {
                    String[] ids = message.getHeader("Message-ID");
                    if (ids != null && messageId.equals(ids[0].trim())) {
                        return inbox.getFullName() + "/" + uids.getUIDValidity() + "/" + uids.getUID(message);
                    }
                }
                throw new IllegalStateException("no mail " + messageId + " in the inbox");
            } finally {
                inbox.close(false);
            }
        }
    }

    /** Mails in the folder whose Message-ID is {@code messageId}; 0 if the folder does not exist (yet). */
    public int countIn(String folderName, String messageId) throws MessagingException {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect(host, imapPort, address, "any");
            Folder folder = store.getFolder(folderName);
            if (!folder.exists()) {
                return 0;
            }
            folder.open(Folder.READ_ONLY);
            try {
                int count = 0;
                // the server narrows the search (the folders hold every earlier test's mail); the exact comparison
                // stays here, as the server's header search matches substrings
                for (Message message : folder.search(new MessageIDTerm(messageId))) {
                    String[] ids = message.getHeader("Message-ID");
                    if (ids != null && messageId.equals(ids[0].trim())) {
                        count++;
                    }
                }
                return count;
            } finally {
                folder.close(false);
            }
        }
    }
}

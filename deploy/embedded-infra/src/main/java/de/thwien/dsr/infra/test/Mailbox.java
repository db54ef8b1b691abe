package de.thwien.dsr.infra.test;

import de.thwien.dsr.infra.InfraConfiguration;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads a mailbox over real IMAP, the way a requester's mail client would, so tests check what actually
 * arrived rather than what a sender thinks it sent. Works with the embedded GreenMail (any password) and
 * with any other IMAP server where the password is right.
 */
public final class Mailbox {

    private static final String ANY_PASSWORD = "secret";
    private static final String TIMEOUT_MILLIS = "10000";

    private final String host;
    private final int imapPort;

    public Mailbox(String host, int imapPort) {
        this.host = host;
        this.imapPort = imapPort;
    }

    /** Uses {@code dsr.mail.host} and {@code dsr.mail.imap-port} of an infrastructure configuration. */
    public static Mailbox fromConfiguration(Map<String, String> configuration) {
        return new Mailbox(configuration.get(InfraConfiguration.MAIL_HOST),
                Integer.parseInt(configuration.get(InfraConfiguration.MAIL_IMAP_PORT)));
    }

    /** Messages in the INBOX of {@code address}, oldest first; empty if nothing arrived yet. */
    public List<ReceivedMail> messagesFor(String address) {
        return messagesFor(address, ANY_PASSWORD);
    }

    public List<ReceivedMail> messagesFor(String login, String password) {
        Session session = Session.getInstance(imapProperties());
        try (Store store = session.getStore("imap")) {
            store.connect(host, imapPort, login, password);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<ReceivedMail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(toReceivedMail(message));
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot read mailbox " + login + " at " + host + ":" + imapPort, e);
        }
    }

    private Properties imapProperties() {
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", TIMEOUT_MILLIS);
        properties.put("mail.imap.timeout", TIMEOUT_MILLIS);
        return properties;
    }

    private static ReceivedMail toReceivedMail(Message message) throws MessagingException, IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : Collections.list(message.getAllHeaders())) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
        }
        return new ReceivedMail(
                message.getSubject(),
                addresses(message.getFrom()).stream().findFirst().orElse(null),
                addresses(message.getRecipients(Message.RecipientType.TO)),
                plainText(message).orElse(""),
                firstHeader(message, "Message-ID"),
                firstHeader(message, "In-Reply-To"),
                Collections.unmodifiableMap(headers));
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    }

    private static Optional<String> firstHeader(Message message, String name) throws MessagingException {
        String[] values = message.getHeader(name);
        return values == null || values.length == 0 ? Optional.empty() : Optional.of(values[0]);
    }

    /** The first text/plain part, searching nested multiparts (e.g. alternative inside mixed). */
    private static Optional<String> plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            // SMTP transports lines with CRLF; tests compare against Java strings with \n
            return Optional.of(part.getContent().toString().replace("\r\n", "\n"));
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart bodyPart = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(bodyPart.getDisposition())) {
                    continue;
                }
                Optional<String> text = plainText(bodyPart);
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        return Optional.empty();
    }
}

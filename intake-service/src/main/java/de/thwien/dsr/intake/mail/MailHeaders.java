package de.thwien.dsr.intake.mail;

import de.thwien.dsr.platform.mail.AutomaticMail;
import jakarta.mail.FolderClosedException;
import jakarta.mail.Header;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.StoreClosedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The headers of a mail in the mailbox, read once with Jakarta Mail, for {@link AutomaticMail} and
 * {@link CaseReplies}.
 */
final class MailHeaders implements AutomaticMail.Headers {

    private final Map<String, List<String>> byName;

    private MailHeaders(Map<String, List<String>> byName) {
        this.byName = byName;
    }

    /**
     * Reads the mail's headers; a mail whose headers cannot be read has none here ({@link RequestMail} refuses it).
     *
     * @throws MessagingException when the connection to the mailbox is lost meanwhile (not the mail's fault)
     */
    static MailHeaders of(Message message) throws MessagingException {
        Map<String, List<String>> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        try {
            for (Enumeration<Header> headers = message.getAllHeaders(); headers.hasMoreElements();) {
                Header header = headers.nextElement();
                byName.computeIfAbsent(header.getName(), name -> new ArrayList<>())
                        .add(MimeUtility.unfold(header.getValue() == null ? "" : header.getValue()));
            }
        } catch (FolderClosedException | StoreClosedException e) {
            throw e;
        } catch (MessagingException e) {
            byName.clear();
        }
        return new MailHeaders(byName);
    }

    @Override
    public List<String> values(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** Why a machine sent this mail, or empty when a person may have. */
    Optional<AutomaticMail.Reason> automaticReason() {
        List<String> contentType = values("Content-Type");
        return AutomaticMail.reasonOf(this, contentType.isEmpty() ? null : contentType.get(0), senderAddress());
    }

    /** The subject as its sender meant it (see {@link RequestMail#header}); null when there is none. */
    String subject() {
        List<String> subject = values("Subject");
        if (subject.isEmpty()) {
            return null;
        }
        String value = RequestMail.rawBytesAsUtf8(subject.get(0));
        try {
            return MimeUtility.decodeText(value);
        } catch (UnsupportedEncodingException e) {
            return value;
        }
    }

    /** The address of the From header; null when there is none that parses. */
    String senderAddress() {
        List<String> from = values("From");
        if (from.isEmpty()) {
            return null;
        }
        try {
            InternetAddress[] addresses = InternetAddress.parseHeader(from.get(0), false);
            return addresses.length == 0 ? null : addresses[0].getAddress();
        } catch (AddressException e) {
            return null;
        }
    }
}

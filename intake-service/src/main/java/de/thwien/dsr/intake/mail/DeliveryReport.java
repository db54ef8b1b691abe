package de.thwien.dsr.intake.mail;

import de.thwien.dsr.platform.mail.AutomaticMail;
import jakarta.mail.BodyPart;
import jakarta.mail.FolderClosedException;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.StoreClosedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.InternetHeaders;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.internet.ParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A delivery report (bounce) that came back to the request mailbox: which of our mails it returns (the Message-IDs
 * of the returned headers) and, per recipient, what happened. Read from an RFC 3464 report ({@code multipart/report;
 * report-type=delivery-status}: the {@code message/delivery-status} part and the returned {@code text/rfc822-headers}
 * or {@code message/rfc822}), or, as a fallback, from the plain text a mail server's daemon writes (Exim, old
 * Exchange) that quotes the returned mail's headers. Never fails on what a sender wrote: a part it cannot read adds
 * nothing.
 *
 * @param standard true for an RFC 3464 report, false for one read from plain text
 */
public record DeliveryReport(List<String> originalMessageIds, List<RecipientReport> recipients, boolean standard) {

    /** What the reporting server did for a recipient (RFC 3464 2.3.3). */
    public enum Action {
        FAILED, DELAYED, DELIVERED, RELAYED, EXPANDED;

        static Optional<Action> of(String value) {
            try {
                return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * One recipient's outcome.
     *
     * @param finalRecipient lower case; null when a plain-text report did not quote it
     * @param status the status code (RFC 3463, e.g. {@code 5.1.1}); the class alone ({@code 5.0.0}) when the report
     *        gave none
     * @param diagnosticCode the remote server's words, null if none; may quote the address
     */
    public record RecipientReport(String finalRecipient, Action action, String status, String diagnosticCode) {

        /** A failure that no retry will cure (status class 5). */
        public boolean permanent() {
            return action == Action.FAILED && status.startsWith("5.");
        }
    }

    /** Parts nested deeper than this are not looked into (a hostile mail may nest hundreds). */
    private static final int MAX_DEPTH = 6;
    /** More of a delivery-status part or quoted text than a report ever needs. */
    private static final int MAX_READ = 256 * 1024;
    private static final int MAX_DIAGNOSTIC = 500;
    private static final Pattern STATUS = Pattern.compile("(?<![\\d.])([245]\\.\\d{1,3}\\.\\d{1,3})(?![\\d.])");
    private static final Pattern QUOTED_MESSAGE_ID =
            Pattern.compile("(?im)^[>\\s]*Message-ID:\\s*(<[^<>\\s]{1,250}>)");
    private static final Pattern QUOTED_TO = Pattern.compile("(?im)^[>\\s]*To:\\s*(.{1,500})$");
    private static final Pattern DELAY = Pattern.compile("(?i)delayed|not yet been delivered|will be retried|"
            + "still trying|verzögert|noch nicht zugestellt");

    /**
     * The report, or empty for a mail that is none: neither an RFC 3464 report nor a daemon's mail that quotes a
     * Message-ID.
     *
     * @throws MessagingException when the connection to the mailbox is lost meanwhile (not the mail's fault)
     */
    public static Optional<DeliveryReport> of(Part mail) throws MessagingException {
        try {
            if (isDeliveryStatusReport(mail)) {
                return Optional.of(standard(mail));
            }
            if (fromDaemon(mail)) {
                return plain(mail);
            }
            return Optional.empty();
        } catch (FolderClosedException | StoreClosedException e) {
            throw e;
        } catch (MessagingException | IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The recipient that matters most: a failure before a delay before anything else; empty if none was read. */
    public Optional<RecipientReport> mostSevere() {
        return recipients.stream().min(Comparator.comparing(RecipientReport::action));
    }

    private static DeliveryReport standard(Part mail) throws MessagingException, IOException {
        Set<String> messageIds = new LinkedHashSet<>();
        List<RecipientReport> recipients = new ArrayList<>();
        if (mail.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                String type = baseType(part);
                if (type.equals("message/delivery-status") || type.equals("message/global-delivery-status")) {
                    recipients.addAll(recipientsOf(read(part)));
                } else if (type.equals("text/rfc822-headers") || type.equals("message/rfc822")
                        || type.equals("message/global-headers") || type.equals("message/global")) {
                    messageIdOfReturned(part).ifPresent(messageIds::add);
                }
            }
        }
        return new DeliveryReport(List.copyOf(messageIds), List.copyOf(recipients), true);
    }

    /** The per-recipient field groups of a {@code message/delivery-status} body (the first group is per message). */
    private static List<RecipientReport> recipientsOf(String deliveryStatus) {
        List<RecipientReport> recipients = new ArrayList<>();
        String[] groups = deliveryStatus.replace("\r\n", "\n").split("\n[ \t]*\n");
        for (int i = 1; i < groups.length; i++) {
            Map<String, String> fields = fieldsOf(groups[i]);
            String recipient = addressOf(fields.getOrDefault("Final-Recipient", fields.get("Original-Recipient")));
            Optional<Action> action = Optional.ofNullable(fields.get("Action")).flatMap(Action::of);
            if (recipient == null || action.isEmpty()) {
                continue;
            }
            recipients.add(new RecipientReport(recipient, action.get(),
                    statusIn(fields.get("Status")).orElse(genericStatus(action.get())),
                    bounded(fields.get("Diagnostic-Code"))));
        }
        return recipients;
    }

    private static Optional<DeliveryReport> plain(Part mail) throws MessagingException, IOException {
        StringBuilder text = new StringBuilder();
        collectText(mail, text, 0);
        Set<String> messageIds = new LinkedHashSet<>();
        for (Matcher matcher = QUOTED_MESSAGE_ID.matcher(text); matcher.find();) {
            messageIds.add(matcher.group(1));
        }
        if (messageIds.isEmpty()) {
            return Optional.empty();
        }
        String[] subject = mail.getHeader("Subject");
        Action action = DELAY.matcher(text).find()
                || subject != null && DELAY.matcher(decoded(subject[0])).find() ? Action.DELAYED : Action.FAILED;
        Matcher status = STATUS.matcher(text);
        boolean found = status.find();
        String diagnostic = found ? lineAround(text, status.start()) : null;
        Matcher to = QUOTED_TO.matcher(text);
        // the returned mail's To: is its recipient; without one the report is still one of that mail
        String recipient = to.find() ? addressOf(to.group(1)) : null;
        return Optional.of(new DeliveryReport(List.copyOf(messageIds), List.of(new RecipientReport(recipient, action,
                found ? status.group(1) : genericStatus(action), bounded(diagnostic))), false));
    }

    /** The text of the mail's text parts and of a returned mail's headers, depth-first, bounded. */
    private static void collectText(Part part, StringBuilder text, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH || text.length() > MAX_READ) {
            return;
        }
        String type = baseType(part);
        if (type.startsWith("multipart/") && part.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                collectText(parts.getBodyPart(i), text, depth + 1);
            }
        } else if (type.equals("text/plain") || type.equals("text/rfc822-headers") || type.equals("message/rfc822")) {
            text.append(read(part)).append('\n');
        }
    }

    private static Optional<String> messageIdOfReturned(Part part) throws MessagingException, IOException {
        InternetHeaders headers = new InternetHeaders(
                new ByteArrayInputStream(read(part).getBytes(StandardCharsets.UTF_8)));
        String[] ids = headers.getHeader("Message-ID");
        if (ids == null || ids.length == 0 || ids[0].isBlank()) {
            return Optional.empty();
        }
        return Optional.of(MimeUtility.unfold(ids[0]).trim());
    }

    /** "Name: value" lines of one field group, folded lines joined; the first of a repeated field counts. */
    private static Map<String, String> fieldsOf(String group) {
        Map<String, String> fields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        String unfolded = group.replaceAll("\n[ \t]+", " ");
        for (String line : unfolded.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                fields.putIfAbsent(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
        }
        return fields;
    }

    /** {@code rfc822; anna@example.org} or a header's address list: the first address, lower case; else null. */
    private static String addressOf(String field) {
        if (field == null) {
            return null;
        }
        String value = field.contains(";") ? field.substring(field.indexOf(';') + 1) : field;
        try {
            InternetAddress[] addresses = InternetAddress.parseHeader(value.trim(), false);
            String address = addresses.length == 0 ? null : addresses[0].getAddress();
            return address == null || !address.contains("@") ? null : address.trim().toLowerCase(Locale.ROOT);
        } catch (AddressException e) {
            return null;
        }
    }

    private static Optional<String> statusIn(String field) {
        if (field == null) {
            return Optional.empty();
        }
        Matcher matcher = STATUS.matcher(field);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** RFC 3463: the class alone, when the report names no detail. */
    private static String genericStatus(Action action) {
        return switch (action) {
            case FAILED -> "5.0.0";
            case DELAYED -> "4.0.0";
            default -> "2.0.0";
        };
    }

    private static boolean isDeliveryStatusReport(Part mail) throws MessagingException {
        String[] values = mail.getHeader("Content-Type");
        return values != null && AutomaticMail.reportTypeOf(MimeUtility.unfold(values[0])).equals("delivery-status");
    }

    private static boolean fromDaemon(Part mail) throws MessagingException {
        String[] from = mail.getHeader("From");
        if (from == null || from.length == 0) {
            return false;
        }
        String address = addressOf(decoded(from[0]));
        return address != null && AutomaticMail.mailSystemAddress(address);
    }

    private static String baseType(Part part) throws MessagingException {
        try {
            return new ContentType(part.getContentType()).getBaseType().toLowerCase(Locale.ROOT);
        } catch (ParseException | NullPointerException e) {
            return "";
        }
    }

    /** The part's body, transfer-decoded, as text (UTF-8, which US-ASCII reports are too), bounded. */
    private static String read(Part part) throws MessagingException, IOException {
        // only the ASCII structure (field names, addresses, codes) is read from it
        try (InputStream in = part.getInputStream()) {
            return new String(in.readNBytes(MAX_READ), StandardCharsets.UTF_8);
        }
    }

    private static String lineAround(CharSequence text, int at) {
        int start = at;
        while (start > 0 && text.charAt(start - 1) != '\n') {
            start--;
        }
        int end = at;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.subSequence(start, end).toString().trim();
    }

    private static String decoded(String header) {
        try {
            return MimeUtility.decodeText(MimeUtility.unfold(header));
        } catch (IOException e) {
            return header;
        }
    }

    private static String bounded(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String single = value.replaceAll("\\s+", " ").trim();
        return single.length() <= MAX_DIAGNOSTIC ? single : single.substring(0, MAX_DIAGNOSTIC);
    }
}

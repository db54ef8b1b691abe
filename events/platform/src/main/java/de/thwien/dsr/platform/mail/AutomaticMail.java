package de.thwien.dsr.platform.mail;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a mail was sent by a machine rather than a person (RFC 3834): out-of-office replies, mailing lists,
 * bounces. Such a mail is no request; answering it would start a loop with the machine that sent it. Decided from
 * the headers, the content type and the sender address only, never from the text.
 */
public final class AutomaticMail {

    /** Why a mail is taken for automatic, in the order they are checked. */
    public enum Reason {
        /** A delivery status notification ({@code multipart/report; report-type=delivery-status}, RFC 3464). */
        DELIVERY_REPORT,
        /** A read receipt ({@code multipart/report; report-type=disposition-notification}, RFC 8098). */
        READ_RECEIPT,
        /** An empty {@code Return-Path: <>}: the null sender of bounces and other automatic mail (RFC 5321 4.5.5). */
        NULL_RETURN_PATH,
        /** {@code Auto-Submitted} with any value but {@code no} (RFC 3834 5). */
        AUTO_SUBMITTED,
        /** {@code X-Autoreply} or {@code X-Autorespond}, set by responders older than RFC 3834. */
        AUTO_REPLY_HEADER,
        /** {@code Precedence: bulk}, {@code list} or {@code junk}. */
        BULK_PRECEDENCE,
        /** {@code List-Id} or {@code List-Unsubscribe} (RFC 2919, 2369). */
        MAILING_LIST,
        /** A sender no person reads: MAILER-DAEMON, postmaster, noreply and the like. */
        MACHINE_SENDER
    }

    /** All values of a header, matched case-insensitively; empty when the mail has none. */
    @FunctionalInterface
    public interface Headers {
        List<String> values(String name);
    }

    private static final Set<String> BULK_PRECEDENCES = Set.of("bulk", "list", "junk");
    private static final Set<String> MACHINE_LOCAL_PARTS =
            Set.of("mailer-daemon", "postmaster", "noreply", "no-reply", "do-not-reply");
    /** The senders of delivery reports (RFC 5321 4.5.5, RFC 3464): the mail system itself. */
    private static final Set<String> MAIL_SYSTEM_LOCAL_PARTS = Set.of("mailer-daemon", "postmaster");

    private AutomaticMail() {
    }

    /**
     * The reason the mail is automatic, or empty for a mail a person may have written.
     *
     * @param contentType the top-level {@code Content-Type}, null if none
     * @param senderAddress the address of the {@code From} header, null if none could be read
     */
    public static Optional<Reason> reasonOf(Headers headers, String contentType, String senderAddress) {
        String reportType = reportTypeOf(contentType);
        if (reportType.equals("delivery-status")) {
            return Optional.of(Reason.DELIVERY_REPORT);
        }
        if (reportType.equals("disposition-notification")) {
            return Optional.of(Reason.READ_RECEIPT);
        }
        if (headers.values("Return-Path").stream().anyMatch(path -> path.replaceAll("\\s", "").equals("<>"))) {
            return Optional.of(Reason.NULL_RETURN_PATH);
        }
        if (headers.values("Auto-Submitted").stream().map(AutomaticMail::token).anyMatch(v -> !v.equals("no"))) {
            return Optional.of(Reason.AUTO_SUBMITTED);
        }
        if (present(headers, "X-Autoreply") || present(headers, "X-Autorespond")) {
            return Optional.of(Reason.AUTO_REPLY_HEADER);
        }
        if (headers.values("Precedence").stream().map(AutomaticMail::token).anyMatch(BULK_PRECEDENCES::contains)) {
            return Optional.of(Reason.BULK_PRECEDENCE);
        }
        if (present(headers, "List-Id") || present(headers, "List-Unsubscribe")) {
            return Optional.of(Reason.MAILING_LIST);
        }
        if (senderAddress != null && MACHINE_LOCAL_PARTS.contains(localPartOf(senderAddress))) {
            return Optional.of(Reason.MACHINE_SENDER);
        }
        return Optional.empty();
    }

    /**
     * Whether the mail system sent the mail, as it sends delivery reports: the first {@code Return-Path} (the one the
     * receiving server wrote from the envelope) is the null sender {@code <>} or names MAILER-DAEMON or postmaster,
     * or the {@code From} address does. Anyone can send so; it only keeps a report that a person sent from her own
     * address from being taken for the mail system's.
     *
     * @param senderAddress the address of the {@code From} header, null if none could be read
     */
    public static boolean fromMailSystem(Headers headers, String senderAddress) {
        List<String> returnPaths = headers.values("Return-Path");
        if (!returnPaths.isEmpty()) {
            String envelopeSender = returnPaths.get(0).replaceAll("[\\s<>]", "");
            if (envelopeSender.isEmpty() || mailSystemAddress(envelopeSender)) {
                return true;
            }
        }
        return senderAddress != null && mailSystemAddress(senderAddress);
    }

    /** MAILER-DAEMON or postmaster at any domain. */
    public static boolean mailSystemAddress(String address) {
        return MAIL_SYSTEM_LOCAL_PARTS.contains(localPartOf(address));
    }

    /** The {@code report-type} of a {@code multipart/report}, lower case; empty for any other content type. */
    public static String reportTypeOf(String contentType) {
        if (contentType == null) {
            return "";
        }
        String[] parts = contentType.split(";");
        if (!token(parts[0]).equals("multipart/report")) {
            return "";
        }
        for (int i = 1; i < parts.length; i++) {
            String[] parameter = parts[i].split("=", 2);
            if (parameter.length == 2 && token(parameter[0]).equals("report-type")) {
                return token(parameter[1].replace("\"", ""));
            }
        }
        return "";
    }

    private static boolean present(Headers headers, String name) {
        return !headers.values(name).isEmpty();
    }

    /** A header value's keyword: before any parameter or comment, trimmed, lower case. */
    private static String token(String value) {
        String keyword = value;
        int end = indexOfAny(keyword, ";(");
        if (end >= 0) {
            keyword = keyword.substring(0, end);
        }
        return keyword.trim().toLowerCase(Locale.ROOT);
    }

    private static String localPartOf(String address) {
        int at = address.lastIndexOf('@');
        return (at < 0 ? address : address.substring(0, at)).trim().toLowerCase(Locale.ROOT);
    }

    private static int indexOfAny(String value, String characters) {
        for (int i = 0; i < value.length(); i++) {
            if (characters.indexOf(value.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}

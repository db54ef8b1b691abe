package de.thwien.dsr.notifier.firstcontact;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Senders no person reads (LEGAL.md §5, issue #19 item 5g): voicemail systems such as sipgate's
 * {@code voicemail@sipgate.de}, no-reply senders, the mail system itself, mailing-list robots and newsletters. An
 * Art. 13 notice to them reaches nobody and may start a loop. Decided from the address alone; the headers (List-Id,
 * Precedence, Auto-Submitted) the crawl reads arrive as {@code contact.first-seen}'s {@code automatic}; the
 * operator's {@link SuppressionList} adds his own entries.
 */
final class AutomaticSenders {

    private static final Set<String> MACHINE_LOCAL_PARTS = Set.of("noreply", "no-reply", "do-not-reply",
            "donotreply", "mailer-daemon", "postmaster", "voicemail", "newsletter");
    /** Mailing-list robots (RFC 2142, Mailman: list-request, list-bounces, owner-list) and VERP bounce addresses. */
    private static final Pattern LIST_ROBOT =
            Pattern.compile("^(owner-.+|.+-request|.+-bounces|.+-owner|bounces?([+-].*)?)$");

    private AutomaticSenders() {
    }

    static boolean isAutomatic(String address) {
        String normalised = AddressHash.normalise(address);
        int at = normalised.lastIndexOf('@');
        String local = (at < 0 ? normalised : normalised.substring(0, at)).toLowerCase(Locale.ROOT);
        return MACHINE_LOCAL_PARTS.contains(local) || LIST_ROBOT.matcher(local).matches();
    }
}

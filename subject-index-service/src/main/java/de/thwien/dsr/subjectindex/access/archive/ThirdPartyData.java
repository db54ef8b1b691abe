package de.thwien.dsr.subjectindex.access.archive;

import de.thwien.dsr.connectors.identity.NameFinder;
import de.thwien.dsr.connectors.identity.NameNormaliser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Other people's data in a mail of the access copy (Art. 15(4) GDPR): addresses in its headers (From, To, Cc,
 * Reply-To, Bcc) or text that are neither the requester's nor one that is no person's (the operator's own, the
 * voicemail system's), the names shown with such addresses in the headers, and full names written in the text
 * (greeting, signature, "Herr/Frau …": the crawl's {@link NameFinder} rules) other than the requester's and those
 * shown with her or an own address. A mail with any is flagged for the assistant's review; if she chooses to redact
 * it, the copy shows it with each of them replaced by {@link #BAR}.
 *
 * <p>The requester's address counts with any {@code +tag} and in any case; an entry of {@code notPersons} without
 * {@code @} is a whole domain ({@code thwien.de}, {@code sipgate.de}), with one it is that address.
 */
public final class ThirdPartyData {

    /** What stands for a blacked-out address or name in the redacted text. */
    public static final String BAR = "████";
    /** The mail fields that may hold addresses or names of others. */
    static final List<String> HEADERS = List.of("from", "to", "cc", "replyTo", "bcc");

    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    /** {@code "Name" <address>} or {@code Name <address>} as javax.mail writes a header. */
    private static final Pattern NAMED = Pattern.compile("\"?([^\",<>]+?)\"?\\s*<([^<>\\s]+@[^<>\\s]+)>");

    private final Set<String> others;

    private ThirdPartyData(Set<String> others) {
        this.others = others;
    }

    /**
     * @param mail           the mail's fields as its store exports them ({@code from}, {@code to}, {@code cc},
     *                       {@code replyTo}, {@code bcc}, {@code subject}, {@code body})
     * @param requesterEmail the requester's address, or null when the case has none
     * @param requesterName  the requester's name, or null when the case has none
     * @param own            addresses and domains of no person: the operator's own, the voicemail system's
     */
    public static ThirdPartyData in(Map<String, ?> mail, String requesterEmail, String requesterName,
            List<String> own) {
        return in(mail, requesterEmail, requesterName, own, List.of());
    }

    /**
     * As {@link #in(Map, String, String, List)}, with the names of the operator's own people ({@code ownNames}: the
     * owner, the assistant) who write and sign mails for the controller: their names in a greeting or signature are
     * the controller's, not another person's data to withhold.
     */
    public static ThirdPartyData in(Map<String, ?> mail, String requesterEmail, String requesterName,
            List<String> own, List<String> ownNames) {
        Set<String> others = new LinkedHashSet<>();
        List<Set<String>> known = new ArrayList<>();
        nameTokens(requesterName).ifPresent(known::add);
        ownNames.forEach(ownName -> nameTokens(ownName).ifPresent(known::add));
        for (String header : HEADERS) {
            String value = text(mail.get(header));
            Matcher named = NAMED.matcher(value);
            while (named.find()) {
                String name = named.group(1).trim();
                if (name.length() <= 1 || name.contains("@")) {
                    continue;
                }
                if (isOther(named.group(2), requesterEmail, own)) {
                    others.add(name);
                } else {
                    nameTokens(name).ifPresent(known::add);
                }
            }
            addAddresses(value, requesterEmail, own, others);
        }
        addAddresses(text(mail.get("subject")), requesterEmail, own, others);
        String body = text(mail.get("body"));
        addAddresses(body, requesterEmail, own, others);
        for (String name : NameFinder.findInText(body)) {
            // "Frau Mira Hansen Rücksprache" holds her name: a known name inside a longer one is still hers
            if (nameTokens(name).filter(tokens -> known.stream().noneMatch(tokens::containsAll)).isPresent()) {
                others.add(name);
            }
        }
        return new ThirdPartyData(others);
    }

    /** The folded words of a full name (case, umlauts and order do not count); empty for a single word. */
    private static Optional<Set<String>> nameTokens(String name) {
        return NameNormaliser.folded(name).map(folded -> Set.copyOf(Arrays.asList(folded.split(" "))));
    }

    /** Whether the mail holds anything of another person. */
    public boolean found() {
        return !others.isEmpty();
    }

    /** The text with every address and name of another person replaced by {@link #BAR}. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String redacted = text;
        // longest first, so that a name inside a longer one is not left half visible
        List<String> longestFirst = new ArrayList<>(others);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        for (String other : longestFirst) {
            redacted = Pattern.compile(Pattern.quote(other), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(redacted).replaceAll(Matcher.quoteReplacement(BAR));
        }
        return redacted;
    }

    /** Whether an address belongs to neither the requester nor the operator. */
    static boolean isOther(String address, String requesterEmail, List<String> own) {
        String normal = withoutTag(address);
        if (requesterEmail != null && normal.equals(withoutTag(requesterEmail))) {
            return false;
        }
        String domain = normal.substring(normal.indexOf('@') + 1);
        return own.stream().map(entry -> entry.trim().toLowerCase(Locale.ROOT)).filter(entry -> !entry.isEmpty())
                .noneMatch(entry -> entry.contains("@") ? withoutTag(entry).equals(normal) : entry.equals(domain));
    }

    private static void addAddresses(String text, String requesterEmail, List<String> own, Set<String> others) {
        Matcher addresses = ADDRESS.matcher(text);
        while (addresses.find()) {
            if (isOther(addresses.group(), requesterEmail, own)) {
                others.add(addresses.group());
            }
        }
    }

    private static String withoutTag(String address) {
        String lower = address.trim().toLowerCase(Locale.ROOT);
        int at = lower.indexOf('@');
        if (at < 0) {
            return lower;
        }
        String local = lower.substring(0, at);
        int plus = local.indexOf('+');
        return (plus < 0 ? local : local.substring(0, plus)) + lower.substring(at);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}

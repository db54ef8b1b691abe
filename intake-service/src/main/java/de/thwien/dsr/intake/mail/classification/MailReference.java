package de.thwien.dsr.intake.mail.classification;

import de.thwien.dsr.platform.mail.AutomaticMail;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a mail names of ours: the Message-IDs it answers ({@code In-Reply-To}, then {@code References} from the
 * newest; never its own) and the case references in its subject ({@code DSR-} and the first eight hex digits of the case id, as
 * our notices quote them). Bounded: a sender may write thousands of ids, each would cost a lookup.
 */
public record MailReference(List<String> messageIds, List<String> casePrefixes) {

    static final int MAX_MESSAGE_IDS = 20;
    static final int MAX_CASE_REFERENCES = 5;

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^<>\\s]{1,300}>");
    static final Pattern CASE_REFERENCE = Pattern.compile("(?i)(?<![0-9a-z])DSR-([0-9a-f]{8})(?![0-9a-z])");

    public static MailReference of(AutomaticMail.Headers headers, String subject) {
        Set<String> ids = new LinkedHashSet<>();
        headers.values("In-Reply-To").forEach(value -> ids.addAll(messageIdsIn(value)));
        headers.values("References").forEach(value -> {
            List<String> references = messageIdsIn(value);
            Collections.reverse(references);
            ids.addAll(references);
        });
        // a mail never answers itself: polled again, a request mail naming its own id is its case, not a reply to it
        headers.values("Message-ID").forEach(value -> messageIdsIn(value).forEach(ids::remove));
        Set<String> prefixes = new LinkedHashSet<>();
        if (subject != null) {
            Matcher matcher = CASE_REFERENCE.matcher(subject);
            while (matcher.find() && prefixes.size() < MAX_CASE_REFERENCES) {
                prefixes.add(matcher.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return new MailReference(ids.stream().limit(MAX_MESSAGE_IDS).toList(), List.copyOf(prefixes));
    }

    public boolean isEmpty() {
        return messageIds.isEmpty() && casePrefixes.isEmpty();
    }

    private static List<String> messageIdsIn(String value) {
        List<String> ids = new ArrayList<>();
        Matcher matcher = MESSAGE_ID.matcher(value);
        while (matcher.find()) {
            ids.add(matcher.group());
        }
        return ids;
    }
}

package de.thwien.dsr.intake.mail.classification;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The new text of a mail, without the earlier mail it quotes: a reply quoting an old erasure request is not a new
 * erasure request. Cut off are lines starting with {@code >}, and from the first of these on everything: the line
 * "Am … schrieb …:" or "On … wrote:" (mail clients may wrap it over two lines), Outlook's
 * "-----Ursprüngliche Nachricht-----" or "-----Original Message-----", and Outlook's header block "Von: …
 * Gesendet: …" ("From: … Sent: …").
 */
public final class QuotedMail {

    private static final List<Pattern> START_OF_QUOTE = List.of(
            Pattern.compile("(?m)^[ \\t]*(Am|On)\\s[^\\n]{1,300}?(\\n[^\\n]{0,300}?)?\\s(schrieb|wrote)(\\s[^\\n]{0,300})?:[ \\t]*$"),
            Pattern.compile("(?mi)^[ \\t]*-{2,}[ \\t]*(Ursprüngliche Nachricht|Original-Nachricht|Original Message)[ \\t]*-{2,}"),
            Pattern.compile("(?m)^[ \\t]*(Von|From):[^\\n]*(\\n[^\\n]*)?\\b(Gesendet|Sent|Datum|Date):"));
    private static final Pattern QUOTED_LINE = Pattern.compile("(?m)^[ \\t]*>.*(\\R|\\z)");

    private QuotedMail() {
    }

    public static String newTextOf(String text) {
        if (text == null) {
            return "";
        }
        int end = text.length();
        for (Pattern start : START_OF_QUOTE) {
            Matcher matcher = start.matcher(text);
            if (matcher.find()) {
                end = Math.min(end, matcher.start());
            }
        }
        return QUOTED_LINE.matcher(text.substring(0, end)).replaceAll("").strip();
    }
}

package de.thwien.dsr.connectors.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person as she is mentioned in someone else's record, and the words that take her place when only her mention is
 * removed ({@code [entfernt]}). Found: her full name (any case, any blanks or line breaks between its words, umlauts
 * also as ae/oe/ue/ss and as HTML entities), her surname after a title ("Frau Schulte"), and her e-mail address.
 * A surname alone, a nickname or her initials are not found: the assistant reads the record before she chooses this.
 */
public record Mention(String name, String address, String placeholder) {

    private static final String TITLE = "(?:Frau|Herrn?|Mrs?\\.?|Ms\\.?|Dr\\.|Prof\\.)";
    private static final String BLANK = "(?:\\s|&nbsp;|&#160;)+";
    private static final String NOT_A_LETTER_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String NOT_A_LETTER_AFTER = "(?![\\p{L}\\p{N}])";

    public Mention {
        if ((name == null || name.isBlank()) && (address == null || address.isBlank())) {
            throw new IllegalArgumentException("a mention needs a name or an address");
        }
        if (placeholder == null || placeholder.isBlank()) {
            throw new IllegalArgumentException("a mention needs the words that take its place");
        }
    }

    /** {@code text} with every mention replaced by the placeholder; null stays null. */
    public String removedFrom(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (Pattern pattern : patterns()) {
            // group 1, where there is one, is a title that stays so the sentence still reads ("Frau [entfernt]")
            result = pattern.matcher(result).replaceAll(found -> Matcher.quoteReplacement(
                    (found.groupCount() > 0 ? found.group(1) : "") + placeholder));
        }
        return result;
    }

    /** Whether {@code text} still mentions her (the proof that a redaction took her out). */
    public boolean isIn(String text) {
        return text != null && patterns().stream().anyMatch(pattern -> pattern.matcher(text).find());
    }

    private List<Pattern> patterns() {
        List<Pattern> patterns = new ArrayList<>();
        if (address != null && !address.isBlank()) {
            patterns.add(Pattern.compile(Pattern.quote(address.strip()), Pattern.CASE_INSENSITIVE));
        }
        if (name != null && !name.isBlank()) {
            String[] words = name.strip().split("\\s+");
            List<String> spelled = new ArrayList<>();
            for (String word : words) {
                spelled.add(spellings(word));
            }
            int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
            patterns.add(Pattern.compile(NOT_A_LETTER_BEFORE + String.join(BLANK, spelled) + NOT_A_LETTER_AFTER, flags));
            if (words.length > 1) {
                patterns.add(Pattern.compile("(" + NOT_A_LETTER_BEFORE + TITLE + BLANK + ")"
                        + spelled.get(words.length - 1) + NOT_A_LETTER_AFTER, flags));
            }
        }
        return patterns;
    }

    /** One word of her name as a pattern: each umlaut in all the ways a mail writes it. */
    private static String spellings(String word) {
        StringBuilder pattern = new StringBuilder();
        for (char c : word.toLowerCase(Locale.ROOT).toCharArray()) {
            pattern.append(switch (c) {
                case 'ä' -> "(?:ä|ae|&auml;|&#228;|&#xe4;)";
                case 'ö' -> "(?:ö|oe|&ouml;|&#246;|&#xf6;)";
                case 'ü' -> "(?:ü|ue|&uuml;|&#252;|&#xfc;)";
                case 'ß' -> "(?:ß|ss|&szlig;|&#223;|&#xdf;)";
                default -> Pattern.quote(String.valueOf(c));
            });
        }
        return pattern.toString();
    }
}

package de.thwien.dsr.subjectindex.access;

import de.thwien.dsr.subjectindex.access.archive.FieldValues;
import de.thwien.dsr.subjectindex.access.archive.PackageTexts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words around a name in a record, for the assistant deciding whether a name match is the requester's: the
 * record's text fields as one line ("Betreff: … · Text: …", the field names in words of the request's language,
 * values as the access copy shows them, technical fields such as the mail folder or message id left out), cut to a
 * window around the first place the name stands (across line breaks and in any case). Personal data: shown to the
 * logged-in assistant only, never logged.
 */
final class MatchExcerpt {

    static final int RADIUS = 120;
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Set<String> TECHNICAL = Set.of("folder", "messageId");

    private MatchExcerpt() {
    }

    /** The window around {@code name}; the record's beginning when the name is not written in it. */
    static String around(String name, Map<String, Object> fields, String language) {
        String text = asText(fields, language);
        int start = 0;
        int end = 0;
        if (name != null && !name.isBlank()) {
            List<String> words = new ArrayList<>();
            for (String word : BLANKS.split(name.strip())) {
                words.add(Pattern.quote(word));
            }
            Matcher matcher = Pattern.compile(String.join("\\s+", words),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
            if (matcher.find()) {
                start = matcher.start();
                end = matcher.end();
            }
        }
        int from = Math.max(0, start - RADIUS);
        int to = Math.min(text.length(), end + RADIUS);
        return (from > 0 ? "… " : "") + text.substring(from, to) + (to < text.length() ? " …" : "");
    }

    /** The record's text fields, each "label: value", blanks collapsed; attachments' contents are no text. */
    private static String asText(Map<String, Object> fields, String language) {
        Map<String, String> t = PackageTexts.of(language);
        Locale locale = Locale.forLanguageTag("en".equals(language) ? "en" : "de");
        List<String> parts = new ArrayList<>();
        fields.forEach((field, value) -> {
            if (value instanceof String text && !TECHNICAL.contains(field) && FieldValues.shown(field, text)) {
                String shown = FieldValues.readable(t, locale, field, text.strip());
                parts.add(t.getOrDefault("field." + field, field) + ": " + BLANKS.matcher(shown).replaceAll(" "));
            }
        });
        return String.join(" · ", parts);
    }
}

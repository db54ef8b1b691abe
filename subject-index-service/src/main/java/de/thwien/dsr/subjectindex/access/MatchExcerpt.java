package de.thwien.dsr.subjectindex.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words around a name in a record, for the assistant deciding whether a name match is the requester's: the
 * record's text fields as one line ("subject: … · body: …"), cut to a window around the first place the name
 * stands (across line breaks and in any case). Personal data: shown to the logged-in assistant only, never logged.
 */
final class MatchExcerpt {

    static final int RADIUS = 120;
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    private MatchExcerpt() {
    }

    /** The window around {@code name}; the record's beginning when the name is not written in it. */
    static String around(String name, Map<String, Object> fields) {
        String text = asText(fields);
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

    /** The record's text fields, each "name: value", blanks collapsed; attachments' contents are no text. */
    private static String asText(Map<String, Object> fields) {
        List<String> parts = new ArrayList<>();
        fields.forEach((field, value) -> {
            if (value instanceof String text && !text.isBlank()) {
                parts.add(field + ": " + BLANKS.matcher(text.strip()).replaceAll(" "));
            }
        });
        return String.join(" · ", parts);
    }
}

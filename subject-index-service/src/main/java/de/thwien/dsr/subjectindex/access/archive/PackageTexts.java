package de.thwien.dsr.subjectindex.access.archive;

import de.thwien.dsr.platform.text.MessageFile;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The words of an access package ({@code messages/access-package*.properties}) in the request's language. */
public final class PackageTexts {

    private static final Map<String, Map<String, String>> TEXTS = new ConcurrentHashMap<>();

    private PackageTexts() {
    }

    /** Every word by key; German unless the language is English. */
    public static Map<String, String> of(String language) {
        return TEXTS.computeIfAbsent("en".equals(language) ? "en" : "de",
                code -> MessageFile.load("access-package", code).asMap());
    }

    /** A CSV column's heading: the field's words with its stored name ("E-Mail-Adresse (email_from)"). */
    static String columnHeading(Map<String, String> texts, String field) {
        String label = texts.get("field." + field);
        return label == null ? field : label + " (" + field + ")";
    }
}

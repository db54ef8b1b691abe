package de.thwien.dsr.subjectindex.access.archive;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/** The words of an access package ({@code messages/access-package*.properties}) in the request's language. */
public final class PackageTexts {

    private static final Map<String, Map<String, String>> TEXTS = new ConcurrentHashMap<>();

    private PackageTexts() {
    }

    /** Every word by key; German unless the language is English. */
    public static Map<String, String> of(String language) {
        return TEXTS.computeIfAbsent("en".equals(language) ? "en" : "de", code -> {
            // the German file is the base bundle: no fallback to the JVM's default locale
            ResourceBundle bundle = ResourceBundle.getBundle("messages.access-package", Locale.forLanguageTag(code),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            Map<String, String> texts = new HashMap<>();
            for (String key : bundle.keySet()) {
                texts.put(key, bundle.getString(key));
            }
            return Collections.unmodifiableMap(texts);
        });
    }

    /** A CSV column's heading: the field's words with its stored name ("E-Mail-Adresse (email_from)"). */
    static String columnHeading(Map<String, String> texts, String field) {
        String label = texts.get("field." + field);
        return label == null ? field : label + " (" + field + ")";
    }
}

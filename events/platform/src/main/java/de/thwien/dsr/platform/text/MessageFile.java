package de.thwien.dsr.platform.text;

import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one language from a message file ({@code messages/<name>.properties} German, the base file;
 * {@code messages/<name>_en.properties} English): the one way every service keeps texts a requester or a lawyer
 * reads out of Java. A text names its variable parts as {@code {name}}.
 */
public final class MessageFile {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    private final String name;
    private final Map<String, String> texts;

    private MessageFile(String name, Map<String, String> texts) {
        this.name = name;
        this.texts = texts;
    }

    /**
     * The file {@code messages/<name>} in the language with this code: English for "en", German for any other.
     * The German file is the base bundle: no fallback to the JVM's default locale.
     */
    public static MessageFile load(String name, String language) {
        ResourceBundle bundle = ResourceBundle.getBundle("messages." + name,
                Locale.forLanguageTag("en".equals(language) ? "en" : "de"),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new HashMap<>();
        for (String key : bundle.keySet()) {
            texts.put(key, bundle.getString(key));
        }
        return new MessageFile(name, Collections.unmodifiableMap(texts));
    }

    /** Every text by key. */
    public Map<String, String> asMap() {
        return texts;
    }

    public Set<String> keys() {
        return texts.keySet();
    }

    public boolean has(String key) {
        return texts.containsKey(key);
    }

    /** The text of {@code key}; a missing key is a defect of the file, never shown to a reader. */
    public String text(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalStateException("message file " + name + " has no text " + key);
        }
        return text;
    }

    /**
     * The text of {@code key} with each {@code {name}} replaced by its value, in one pass (a value's own braces stay
     * as they are); a placeholder without a value is a defect, never shown to a reader.
     */
    public String text(String key, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(text(key));
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for {" + placeholder.group(1) + "} in text " + key
                        + " of message file " + name);
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(filled).toString();
    }
}

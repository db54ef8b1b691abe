package de.thwien.dsr.intake.dashboard;

import de.thwien.dsr.events.RequestType;
import io.quarkus.qute.TemplateExtension;
import java.util.Map;

/**
 * A page text in the words of the case's request type: {@code <key>.<TYPE>} where the type has its own text, else
 * {@code <key>} (the erasure's words). A restriction's plan is an "Einschränkungsplan" and a recipient is covered "durch
 * die Einschränkung", not by an erasure that never happened.
 */
@TemplateExtension
public class RequestTypeWording {

    private RequestTypeWording() {
    }

    /** {@code texts} are the page's texts; a key without any text shows as it is. */
    static String textFor(RequestType type, Map<String, String> texts, String key) {
        String typed = key + "." + type;
        return type != null && texts.containsKey(typed) ? texts.get(typed) : texts.getOrDefault(key, key);
    }
}

package de.thwien.dsr.intake.pages;

import de.thwien.dsr.events.StoreId;
import de.thwien.dsr.intake.deadlines.DeadlineCalculator;
import de.thwien.dsr.platform.text.InvisibleCharacters;
import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Small helpers the page templates use. */
@TemplateExtension
public class TemplateExtensions {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(DeadlineCalculator.BERLIN);

    /** The text for an enum constant ({@code CaseStatus}, {@code RequestType}) in the page's language. */
    static String label(Enum<?> value, Map<String, String> texts) {
        return value == null ? "" : texts.getOrDefault(value.name(), value.name());
    }

    /** The same for a constant that came as text (e.g. from another service's JSON). */
    static String text(String value, Map<String, String> texts) {
        return value == null ? "" : texts.getOrDefault(value, value);
    }

    /**
     * Requester text with its invisible characters (bidi overrides, zero-width characters) written as
     * {@code ⟨U+202E⟩}, so that the screen shows what was really typed.
     */
    static String visible(String requesterText) {
        return InvisibleCharacters.shown(requesterText);
    }

    /** The first block of a case id: enough to tell cases apart on one screen. */
    static String shortId(java.util.UUID id) {
        return id.toString().substring(0, 8);
    }

    /** Store ids ({@code StoreId}) in plain words of the page's language, comma-separated. */
    static String storeNames(List<String> storeIds, String lang) {
        Locale locale = Locale.forLanguageTag(lang == null ? "de" : lang);
        return String.join(", ", storeIds.stream().map(id -> StoreId.find(id)
                .map(store -> store.displayName(locale)).orElse(id)).toList());
    }

    /** An instant as Berlin local time. */
    static String local(Instant at) {
        return at == null ? "" : LOCAL.format(at);
    }

    /** An ISO timestamp from another service's JSON as Berlin local time. */
    static String localTime(String isoInstant) {
        try {
            return isoInstant == null ? "" : LOCAL.format(Instant.parse(isoInstant));
        } catch (RuntimeException e) {
            return isoInstant;
        }
    }
}

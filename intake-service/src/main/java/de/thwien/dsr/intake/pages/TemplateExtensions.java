package de.thwien.dsr.intake.pages;

import de.thwien.dsr.events.RetentionCategory;
import de.thwien.dsr.events.StoreId;
import de.thwien.dsr.intake.deadlines.DeadlineCalculator;
import de.thwien.dsr.platform.text.InvisibleCharacters;
import io.quarkus.qute.TemplateExtension;
import java.text.NumberFormat;
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
     * A code from another service's JSON ({@code ERASE}, {@code PENDING}) by its text under {@code prefix.} in the
     * page's language; one without a text shows as it came.
     */
    static String textOf(String value, Map<String, String> texts, String prefix) {
        return value == null ? "" : texts.getOrDefault(prefix + "." + value, value);
    }

    /** A store id ({@code StoreId}) in plain words of the page's language. */
    static String storeName(String storeId, String lang) {
        return storeNames(List.of(storeId), lang);
    }

    /** A retention category id ({@code RetentionCategory}) in plain words of the page's language. */
    static String categoryName(String categoryId, String lang) {
        Locale locale = Locale.forLanguageTag(lang == null ? "de" : lang);
        return RetentionCategory.find(categoryId).map(category -> category.displayName(locale)).orElse(categoryId);
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

    /** The reference our notices quote ({@code DSR-…}): what the requester writes and the assistant searches for. */
    static String reference(java.util.UUID id) {
        return de.thwien.dsr.intake.cases.CaseReference.of(id);
    }

    /** Store ids ({@code StoreId}) in plain words of the page's language, comma-separated. */
    static String storeNames(List<String> storeIds, String lang) {
        Locale locale = Locale.forLanguageTag(lang == null ? "de" : lang);
        return String.join(", ", storeIds.stream().map(id -> StoreId.find(id)
                .map(store -> store.displayName(locale)).orElse(id)).toList());
    }

    /** A count as the page's language writes it: 1.240 in German, 1,240 in English. */
    static String count(Long value, String lang) {
        return NumberFormat.getIntegerInstance(Locale.forLanguageTag(lang == null ? "de" : lang)).format(value);
    }

    /** An instant as Berlin local time. */
    public static String local(Instant at) {
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

package de.thwien.dsr.intake.dashboard;

import de.thwien.dsr.events.StoreId;
import de.thwien.dsr.intake.pages.PageLanguage;
import de.thwien.dsr.platform.text.MessageFile;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * erasure-service refused a corrected e-mail address or phone number that identifies another person's records, or
 * that it could not check (Art. 16, Art. 5(1)(f)), or an address that is the operator's own: the case page shows why,
 * in the page's language with the stores' names, beside the form, which offers the assistant's confirmation that the
 * requester controls the value where a confirmation can change the answer (never for the operator's own address).
 *
 * @param itemId      the record the correction was for
 * @param values      the corrected values as she entered them, so she need not type them again
 * @param text        the refusal in the page's language
 * @param confirmable whether her confirmation that the requester controls the value lets it be taken
 */
public record CorrectedIdentifierRefusal(long itemId, Map<String, String> values, String text, boolean confirmable) {

    static final String HELD_BY_OTHERS = "CorrectedIdentifierOfOthers";
    static final String UNCHECKED = "CorrectedIdentifierUnchecked";
    static final String OURS = "CorrectedIdentifierIsOurs";
    /** erasure-service's detail lists the store ids after this, up to ";". */
    private static final String STORES_MARKER = "another person's records in ";

    /** The refusal of this reply, or empty when erasure-service refused for another reason. */
    static Optional<CorrectedIdentifierRefusal> of(OtherServices.Reply<?> reply, long itemId,
            Map<String, String> values, String language) {
        MessageFile texts = PageLanguage.messages(language);
        if (HELD_BY_OTHERS.equals(reply.problemCode())) {
            return Optional.of(new CorrectedIdentifierRefusal(itemId, values, texts.text("problem." + HELD_BY_OTHERS,
                    Map.of("stores", storeNames(reply.problem(), language))), true));
        }
        if (UNCHECKED.equals(reply.problemCode())) {
            return Optional.of(new CorrectedIdentifierRefusal(itemId, values, texts.text("problem." + UNCHECKED),
                    true));
        }
        if (OURS.equals(reply.problemCode())) {
            return Optional.of(new CorrectedIdentifierRefusal(itemId, values, texts.text("problem." + OURS), false));
        }
        return Optional.empty();
    }

    /** The value she entered for a field, empty when none. */
    public String value(String field) {
        return values.getOrDefault(field, "");
    }

    /** The stores the detail names, in plain words; only known store ids, so nothing else reaches the page. */
    private static String storeNames(String detail, String language) {
        if (detail == null || !detail.contains(STORES_MARKER)) {
            return "?";
        }
        String listed = detail.substring(detail.indexOf(STORES_MARKER) + STORES_MARKER.length());
        int end = listed.indexOf(';');
        String names = Arrays.stream((end < 0 ? listed : listed.substring(0, end)).split(","))
                .map(String::strip).map(StoreId::find).flatMap(Optional::stream)
                .map(store -> store.displayName(Locale.forLanguageTag(language)))
                .distinct().collect(Collectors.joining(", "));
        return names.isEmpty() ? "?" : names;
    }
}

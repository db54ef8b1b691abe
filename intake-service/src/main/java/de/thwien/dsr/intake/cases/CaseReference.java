package de.thwien.dsr.intake.cases;

import java.util.Locale;
import java.util.UUID;

/**
 * The reference our notices quote and requesters write back: {@code DSR-} and the first eight hex digits of the case
 * id, e.g. {@code DSR-870CCA8B}. The assistant searches with it (any case) or with any part of a case id.
 */
public final class CaseReference {

    private static final String PREFIX = "DSR-";

    /** What a case search may be: a reference, or part of a case id, in any case. */
    public static final String SEARCH = "(?i)(DSR-)?[0-9a-f-]*";

    /** The longest search: a reference prefix and a whole case id. */
    public static final int SEARCH_MAX = 40;

    private CaseReference() {
    }

    /** The case's reference as our notices quote it. */
    public static String of(UUID caseId) {
        return PREFIX + caseId.toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** The part of a case id a search (matching {@link #SEARCH}) looks for: without the prefix, in lower case. */
    public static String idPartOf(String search) {
        String lower = search.toLowerCase(Locale.ROOT);
        return lower.startsWith("dsr-") ? lower.substring(PREFIX.length()) : lower;
    }
}

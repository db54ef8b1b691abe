package de.thwien.dsr.notifier.wording;

import java.util.Locale;

/** The short reference a requester can quote: the first eight characters of the case id. */
public final class CaseReference {

    private CaseReference() {
    }

    public static String of(String caseId) {
        String compact = caseId.replace("-", "");
        return "DSR-" + compact.substring(0, Math.min(8, compact.length())).toUpperCase(Locale.ROOT);
    }
}

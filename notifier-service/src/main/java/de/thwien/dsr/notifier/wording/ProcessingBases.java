package de.thwien.dsr.notifier.wording;

import de.thwien.dsr.events.ErasureEvents.ProcessingBasis;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The Art. 6(1) GDPR bases on which processing continues after a consent withdrawal, worded in the notice's
 * language from the codes the {@code dsr.erasure} events carry. A legal obligation names the retention law it
 * refers to for the records' category ({@link RetentionLegalBases#provisions}), legitimate interests name the
 * interest ({@link LegitimateInterests}).
 */
public final class ProcessingBases {

    private ProcessingBases() {
    }

    /**
     * @param bases    the codes, in the order the record's legal basis names them
     * @param category the retention category of the records processed on them, null where unknown
     * @return the bases in words, joined by "; "; null when there are none, so the caller can fall back
     */
    public static String of(List<ProcessingBasis> bases, String category, ControllerStatus status,
            NoticeLanguage language) {
        if (bases == null || bases.isEmpty()) {
            return null;
        }
        return bases.stream().map(basis -> of(basis, category, status, language))
                .collect(Collectors.joining("; "));
    }

    private static String of(ProcessingBasis basis, String category, ControllerStatus status,
            NoticeLanguage language) {
        String article = language.pick("Art. 6 Abs. 1 lit. " + basis.letter() + " DSGVO",
                "Art. 6(1)(" + basis.letter() + ") GDPR");
        String meaning = switch (basis) {
            case CONSENT -> language.pick("Einwilligung", "consent");
            case CONTRACT -> language.pick("Vertrag oder vorvertragliche Maßnahmen",
                    "contract or pre-contractual steps");
            case LEGAL_OBLIGATION -> language.pick("rechtliche Verpflichtung", "legal obligation");
            case VITAL_INTERESTS -> language.pick("lebenswichtige Interessen", "vital interests");
            case PUBLIC_TASK -> language.pick("Aufgabe im öffentlichen Interesse", "task in the public interest");
            case LEGITIMATE_INTERESTS -> language.pick("berechtigte Interessen: ", "legitimate interests: ")
                    + LegitimateInterests.of(category, language);
        };
        String worded = article + " (" + meaning + ")";
        if (basis == ProcessingBasis.LEGAL_OBLIGATION) {
            worded += RetentionLegalBases.provisions(category, status, language)
                    .map(provisions -> language.pick(" in Verbindung mit ", " in conjunction with ") + provisions)
                    .orElse("");
        }
        return worded;
    }
}

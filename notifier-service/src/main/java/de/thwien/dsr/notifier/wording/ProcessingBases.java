package de.thwien.dsr.notifier.wording;

import de.thwien.dsr.events.ErasureEvents.ProcessingBasis;
import java.util.List;
import java.util.Map;
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
        String article = language.text("basis.article", Map.of("letter", String.valueOf(basis.letter())));
        String meaning = basis == ProcessingBasis.LEGITIMATE_INTERESTS
                ? language.text("basis." + basis.name(), Map.of("interest", LegitimateInterests.of(category, language)))
                : language.text("basis." + basis.name());
        String worded = language.text("basis.named", Map.of("article", article, "meaning", meaning));
        if (basis == ProcessingBasis.LEGAL_OBLIGATION) {
            return RetentionLegalBases.provisions(category, status, language)
                    .map(provisions -> language.text("basis.inConjunctionWith",
                            Map.of("basis", worded, "provisions", provisions)))
                    .orElse(worded);
        }
        return worded;
    }
}

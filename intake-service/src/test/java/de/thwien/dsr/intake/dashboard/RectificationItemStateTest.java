package de.thwien.dsr.intake.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.intake.casework.CaseView;
import de.thwien.dsr.intake.pages.PageLanguage;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each record of a rectification shows the one state it is in, also once the rectification is completed. */
class RectificationItemStateTest {

    @Test
    void aWrittenCorrectionIsCorrectedNotStillToBeCorrected() {
        assertThat(RectificationItemState.of("CORRECT", "DONE", true, true)).isEqualTo(RectificationItemState.CORRECTED);
        assertThat(RectificationItemState.of("CORRECT", "PENDING", true, false))
                .isEqualTo(RectificationItemState.CORRECTION_NOTED);
        assertThat(RectificationItemState.of("CORRECT", "FAILED", true, false))
                .isEqualTo(RectificationItemState.NOT_WRITTEN);
    }

    @Test
    void anUnchangeableRecordWithoutStatementIsNotOpenOnceTheRectificationIsCompleted() {
        assertThat(RectificationItemState.of("OPEN", "NONE", false, true))
                .isEqualTo(RectificationItemState.UNCHANGEABLE_WITHOUT_STATEMENT);
        assertThat(RectificationItemState.of("OPEN", "NONE", false, false))
                .isEqualTo(RectificationItemState.UNCHANGEABLE_STATEMENT_MISSING);
        assertThat(RectificationItemState.of("STATEMENT", "NONE", false, true))
                .isEqualTo(RectificationItemState.UNCHANGEABLE_WITH_STATEMENT);
    }

    @Test
    void anUndecidedChangeableRecordIsUndecidedWhileOpenAndNotChangedOnceCompleted() {
        assertThat(RectificationItemState.of("OPEN", "NONE", true, false)).isEqualTo(RectificationItemState.UNDECIDED);
        assertThat(RectificationItemState.of("OPEN", "NONE", true, true)).isEqualTo(RectificationItemState.NOT_DECIDED);
        assertThat(RectificationItemState.of("NO_CHANGE", "NONE", true, true))
                .isEqualTo(RectificationItemState.NO_CHANGE_NEEDED);
    }

    @Test
    void aWrittenCorrectionNamesWhenTheRectificationWasCarriedOut() {
        ErasureService.RectificationItem written = new ErasureService.RectificationItem(3, "crm", "res_partner/7",
                "CRM partner #7", true, Map.of(), null, "CORRECT", Map.of("street", "Neue Straße 5"), null, "DONE",
                "read back", null);
        CaseView.Entry carriedOut = new CaseView.Entry(Instant.parse("2026-03-10T09:15:00Z"), "RECORDS_RECTIFIED",
                "erasure-service", "", Map.of());

        assertThat(written.state("de", true, carriedOut))
                .isEqualTo("berichtigt am 2026-03-10 10:15, durch erneutes Lesen bestätigt");
        assertThat(written.state("en", true, carriedOut))
                .isEqualTo("corrected on 2026-03-10 10:15, confirmed by reading it again");
        assertThat(written.state("de", true, null)).isEqualTo("berichtigt und durch erneutes Lesen bestätigt");
    }

    @Test
    void everyStateIsWordedInGermanAndEnglish() {
        for (String language : new String[] {"de", "en"}) {
            for (RectificationItemState state : RectificationItemState.values()) {
                assertThat(PageLanguage.messages(language).has("rectificationItemState." + state))
                        .as(language + " " + state).isTrue();
            }
        }
        assertThat(PageLanguage.messages("de").text("rectificationItemState.UNCHANGEABLE_WITHOUT_STATEMENT"))
                .isEqualTo("nicht änderbar – keine ergänzende Erklärung");
    }
}

package de.thwien.dsr.intake.casework;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Art. 12(3) GDPR: one extension, with reasons, before the first period ends and before the answer goes out. */
class DeadlineExtensionRuleTest {

    private static final LocalDate DUE = LocalDate.of(2026, 4, 7);

    @Test
    void aCaseBeingWorkedOnWithinItsFirstPeriodMayBeExtendedOnce() {
        assertThat(DeadlineExtensionRule.refusal(CaseStatus.IN_PROGRESS, false, DUE, false, false)).isEmpty();
        assertThat(DeadlineExtensionRule.refusal(CaseStatus.IN_PROGRESS, true, DUE, false, false))
                .containsInstanceOf(DeadlineAlreadyExtended.class);
    }

    @Test
    void anExtensionIsRefusedOnceTheAnswerIsSentOrOnItsWay() {
        assertThat(DeadlineExtensionRule.refusal(CaseStatus.RESPONDED, false, DUE, false, false))
                .containsInstanceOf(AnswerAlreadyGoingOut.class);
        assertThat(DeadlineExtensionRule.refusal(CaseStatus.IN_PROGRESS, false, DUE, false, true))
                .containsInstanceOf(AnswerAlreadyGoingOut.class);
    }

    @Test
    void theAnswerGoesOutOnceTheCopyOrExportIsReadyOrTheErasureCarriedOut() {
        assertThat(DeadlineExtensionRule.answerGoingOut(List.of("SUBJECT_LOCATED", "ACCESS_PACKAGE_READY"))).isTrue();
        assertThat(DeadlineExtensionRule.answerGoingOut(List.of("PORTABILITY_PACKAGE_READY"))).isTrue();
        assertThat(DeadlineExtensionRule.answerGoingOut(List.of("ERASURE_PLANNED", "RECORDS_ERASED"))).isTrue();
        assertThat(DeadlineExtensionRule.answerGoingOut(List.of("SUBJECT_LOCATED", "ERASURE_PLANNED",
                "RECORDS_RESTRICTED", "NOTE"))).isFalse();
    }

    @Test
    void anExtensionAfterTheFirstPeriodOrOfAClosedOrRejectedCaseIsRefused() {
        assertThat(DeadlineExtensionRule.refusal(CaseStatus.VERIFIED, false, DUE, true, false)).isPresent();
        assertThat(DeadlineExtensionRule.refusal(CaseStatus.CLOSED, false, DUE, false, false)).isPresent();
        assertThat(DeadlineExtensionRule.refusal(CaseStatus.REJECTED, false, DUE, false, false)).isPresent();
    }
}

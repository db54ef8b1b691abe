package de.thwien.dsr.intake.casework;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClassificationRuleTest {

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"RECEIVED", "AWAITING_VERIFICATION", "VERIFIED", "IN_PROGRESS",
            "AWAITING_APPROVAL", "VERIFICATION_EXPIRED"})
    void anOpenUnclassifiedCaseMayGetItsKind(CaseStatus status) {
        assertThat(ClassificationRule.refusal(status, RequestType.UNCLASSIFIED)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"RESPONDED", "REJECTED", "CLOSED"})
    void anAnsweredRefusedOrClosedCaseKeepsItsKind(CaseStatus status) {
        assertThat(ClassificationRule.refusal(status, RequestType.UNCLASSIFIED)).get()
                .isInstanceOf(CaseNoLongerOpen.class);
    }

    @Test
    void aKindIsSetOnce() {
        assertThat(ClassificationRule.refusal(CaseStatus.VERIFIED, RequestType.ERASURE)).get()
                .isInstanceOf(RequestTypeAlreadySet.class);
    }
}

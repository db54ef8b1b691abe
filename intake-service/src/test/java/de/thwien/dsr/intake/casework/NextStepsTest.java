package de.thwien.dsr.intake.casework;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.intake.cases.Attention;
import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import de.thwien.dsr.platform.text.MessageFile;
import de.thwien.dsr.intake.pages.PageLanguage;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NextStepsTest {

    @Test
    void anObjectionWaitingForTheAssistantNamesTheDecisionPerPurpose() {
        assertThat(NextSteps.of(CaseStatus.AWAITING_APPROVAL, RequestType.OBJECTION, Set.of()))
                .containsExactly("nextStep.AWAITING_APPROVAL.OBJECTION");
        assertThat(PageLanguage.messages("de").text("nextStep.AWAITING_APPROVAL.OBJECTION"))
                .startsWith("Widerspruch entscheiden: für jeden Zweck");
    }

    @Test
    void aRestrictionOrWithdrawalPlanWaitingForApprovalNamesItsOwnPlanNotAnErasurePlan() {
        assertThat(NextSteps.of(CaseStatus.AWAITING_APPROVAL, RequestType.RESTRICTION, Set.of()))
                .containsExactly("nextStep.AWAITING_APPROVAL.RESTRICTION");
        assertThat(PageLanguage.messages("de").text("nextStep.AWAITING_APPROVAL.RESTRICTION"))
                .startsWith("Einschränkungsplan prüfen").doesNotContain("Löschplan");
        assertThat(NextSteps.of(CaseStatus.AWAITING_APPROVAL, RequestType.CONSENT_WITHDRAWAL, Set.of()))
                .containsExactly("nextStep.AWAITING_APPROVAL.CONSENT_WITHDRAWAL");
        assertThat(PageLanguage.messages("de").text("nextStep.AWAITING_APPROVAL.CONSENT_WITHDRAWAL"))
                .doesNotContain("Löschplan");
    }

    @Test
    void anErasurePlanWaitingForApprovalNamesTheReviewOfThePlan() {
        assertThat(NextSteps.of(CaseStatus.AWAITING_APPROVAL, RequestType.ERASURE, Set.of()))
                .containsExactly("nextStep.AWAITING_APPROVAL");
    }

    @Test
    void whatHoldsTheAnswerBackComesFirst() {
        assertThat(NextSteps.of(CaseStatus.IN_PROGRESS, RequestType.ACCESS,
                EnumSet.of(Attention.OPERATOR_TASKS_OPEN, Attention.NEW_REPLY, Attention.NAME_MATCH_REVIEW)))
                .containsExactly("nextStep.NAME_MATCH_REVIEW", "nextStep.NEW_REPLY", "nextStep.OPERATOR_TASKS_OPEN");
    }

    @Test
    void aCaseWaitingOnlyForTheServicesHasNothingToDo() {
        assertThat(NextSteps.of(CaseStatus.IN_PROGRESS, RequestType.ERASURE, Set.of())).isEmpty();
    }

    @Test
    void everyNextStepIsWordedInGermanAndEnglish() {
        List<String> keys = new java.util.ArrayList<>(List.of("nextStep.AWAITING_APPROVAL",
                "nextStep.AWAITING_APPROVAL.OBJECTION", "nextStep.AWAITING_APPROVAL.RESTRICTION",
                "nextStep.AWAITING_APPROVAL.CONSENT_WITHDRAWAL", "nextStep.UNCLASSIFIED"));
        for (Attention attention : Attention.values()) {
            keys.add("nextStep." + attention.name());
        }
        for (String language : List.of("de", "en")) {
            MessageFile words = PageLanguage.messages(language);
            assertThat(keys).allSatisfy(key -> assertThat(words.has(key)).as(language + " " + key).isTrue());
        }
    }
}

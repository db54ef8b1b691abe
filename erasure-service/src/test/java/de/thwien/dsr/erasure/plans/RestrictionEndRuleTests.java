package de.thwien.dsr.erasure.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.thwien.dsr.events.RestrictionEnd;
import de.thwien.dsr.events.RestrictionGround;
import de.thwien.dsr.platform.problem.Refusal;
import org.junit.jupiter.api.Test;

/** What ends a restriction she asked for, per ground of Art. 18(1) GDPR, without Quarkus. */
class RestrictionEndRuleTests {

    private static final String REASON = "Sie hat am Telefon erklärt, dass sie die Daten nicht mehr braucht.";

    @Test
    void aRestrictionOnContestedAccuracyIsNotLiftedWithoutTheChecksResult() {
        assertThatThrownBy(() -> RestrictionEndRule.checkLift(RestrictionGround.ACCURACY_CONTESTED, null))
                .isInstanceOf(AccuracyCheckMissing.class).hasMessageContaining("Art. 18(1)(a)");
    }

    @Test
    void aRestrictionOnContestedAccuracyIsLiftedWhenTheDataWereFoundAccurateOrRectified() {
        assertThatCode(() -> RestrictionEndRule.checkLift(RestrictionGround.ACCURACY_CONTESTED,
                RestrictionEnd.CONFIRMED_ACCURATE)).doesNotThrowAnyException();
        assertThatCode(() -> RestrictionEndRule.checkLift(RestrictionGround.ACCURACY_CONTESTED,
                RestrictionEnd.RECTIFIED)).doesNotThrowAnyException();
    }

    @Test
    void aRestrictionInsteadOfErasureIsNotLiftedUntilSheWithdrawsOrConsents() {
        assertThatThrownBy(() -> RestrictionEndRule.checkLift(RestrictionGround.UNLAWFUL_PROCESSING, null))
                .isInstanceOf(RestrictionWithdrawalMissing.class).hasMessageContaining("Art. 18(2)");
        assertThatCode(() -> RestrictionEndRule.checkLift(RestrictionGround.UNLAWFUL_PROCESSING,
                RestrictionEnd.REQUEST_WITHDRAWN)).doesNotThrowAnyException();
        assertThatCode(() -> RestrictionEndRule.checkLift(RestrictionGround.UNLAWFUL_PROCESSING,
                RestrictionEnd.CONSENT_GIVEN)).doesNotThrowAnyException();
    }

    @Test
    void aRestrictionForHerLegalClaimsIsNotLiftedUntilSheNoLongerNeedsTheData() {
        assertThatThrownBy(() -> RestrictionEndRule.checkLift(RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS, null))
                .isInstanceOf(LegalClaimsEndMissing.class);
        assertThatCode(() -> RestrictionEndRule.checkLift(RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS,
                RestrictionEnd.CLAIMS_NO_LONGER_NEEDED)).doesNotThrowAnyException();
    }

    @Test
    void aRestrictionPendingHerObjectionIsNotLiftedUntilOurGroundsOverrideHersAndSaysWhatToDoIfTheyDoNot() {
        assertThatThrownBy(() -> RestrictionEndRule.checkLift(RestrictionGround.OBJECTION_PENDING, null))
                .isInstanceOf(ObjectionWeighingMissing.class)
                .hasMessageContaining("If her objection prevails, do not lift");
        assertThatCode(() -> RestrictionEndRule.checkLift(RestrictionGround.OBJECTION_PENDING,
                RestrictionEnd.OVERRIDING_GROUNDS)).doesNotThrowAnyException();
    }

    @Test
    void anotherGroundsReasonEndsNoRestriction() {
        assertThatThrownBy(() -> RestrictionEndRule.checkLift(RestrictionGround.OBJECTION_PENDING,
                RestrictionEnd.CONFIRMED_ACCURATE)).isInstanceOf(ObjectionWeighingMissing.class);
        assertThatThrownBy(() -> RestrictionEndRule.checkLift(RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS,
                RestrictionEnd.REQUEST_WITHDRAWN)).isInstanceOf(LegalClaimsEndMissing.class);
    }

    @Test
    void aRestrictionWithoutAGroundIsNotLifted() {
        assertThatThrownBy(() -> RestrictionEndRule.checkLift(null, RestrictionEnd.CONFIRMED_ACCURATE))
                .isInstanceOf(PlanItemConflict.class);
    }

    @Test
    void theAssistantCannotStateThatHerDataWereRectified() {
        assertThatThrownBy(() -> RestrictionEndRule.statement(RestrictionGround.ACCURACY_CONTESTED,
                RestrictionEnd.RECTIFIED, REASON))
                .isInstanceOf(RestrictionEndNotAllowed.class).hasMessageContaining("completed rectification")
                .satisfies(refused -> assertThat(((Refusal) refused).kind()).isEqualTo(Refusal.Kind.INVALID));
    }

    @Test
    void theAssistantStatesOnlyAReasonOfTheRestrictionsGround() {
        assertThatThrownBy(() -> RestrictionEndRule.statement(RestrictionGround.OBJECTION_PENDING,
                RestrictionEnd.CLAIMS_NO_LONGER_NEEDED, REASON)).isInstanceOf(RestrictionEndNotAllowed.class)
                .hasMessageContaining("[OVERRIDING_GROUNDS]");
        assertThat(RestrictionEndRule.statement(RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS,
                RestrictionEnd.CLAIMS_NO_LONGER_NEEDED, "  " + REASON + " ")).isEqualTo(REASON);
    }

    @Test
    void aReasonShorterThanASentenceIsRefused() {
        assertThatThrownBy(() -> RestrictionEndRule.statement(RestrictionGround.ACCURACY_CONTESTED,
                RestrictionEnd.CONFIRMED_ACCURATE, "x")).isInstanceOf(RestrictionEndReasonTooShort.class)
                .satisfies(refused -> assertThat(((Refusal) refused).kind()).isEqualTo(Refusal.Kind.INVALID));
        assertThatThrownBy(() -> RestrictionEndRule.statement(RestrictionGround.ACCURACY_CONTESTED,
                RestrictionEnd.CONFIRMED_ACCURATE, "   geprüft, stimmt.       "))
                .as("spaces around it do not count").isInstanceOf(RestrictionEndReasonTooShort.class);
    }

    @Test
    void eachGroundOffersTheAssistantOnlyItsOwnReasons() {
        assertThat(RestrictionEndRule.statable(RestrictionGround.ACCURACY_CONTESTED))
                .containsExactly(RestrictionEnd.CONFIRMED_ACCURATE);
        assertThat(RestrictionEndRule.statable(RestrictionGround.UNLAWFUL_PROCESSING))
                .containsExactly(RestrictionEnd.REQUEST_WITHDRAWN, RestrictionEnd.CONSENT_GIVEN);
        assertThat(RestrictionEndRule.statable(RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS))
                .containsExactly(RestrictionEnd.CLAIMS_NO_LONGER_NEEDED);
        assertThat(RestrictionEndRule.statable(RestrictionGround.OBJECTION_PENDING))
                .containsExactly(RestrictionEnd.OVERRIDING_GROUNDS);
        assertThat(RestrictionEndRule.statable(null)).isEmpty();
    }
}

package de.thwien.dsr.erasure.plans;

import static de.thwien.dsr.erasure.plans.ErasurePlannerTest.finding;
import static de.thwien.dsr.erasure.plans.ErasurePlannerTest.strong;
import static de.thwien.dsr.erasure.plans.ErasurePlannerTest.voucherMail;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.erasure.retention.ConfiguredDeletionConcept;
import de.thwien.dsr.events.ErasureEvents.PlannedAction;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RestrictionGround;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A restriction the requester asked for (Art. 18 GDPR), as the planner proposes it. */
class RestrictionPlannerTest {

    private static final LocalDate TODAY = parse("2026-11-26");

    private final ErasurePlanner planner = new ErasurePlanner(ConfiguredDeletionConcept.policy(),
            Set.of("conference-recording"));

    private final Finding plainMail = strong("mail", "mail:INBOX:1:12", "general-correspondence", "2025-05-05");
    private final Finding invoice = strong("crm", "crm:invoice:7", "accounting-voucher", "2019-06-10");
    private final Finding partner = strong("crm", "crm:partner:3", "customer-master-data", "2019-01-01");
    private final Finding recording = finding("conference", "bbb:recording:abc", "conference-recording",
            "2026-11-20", "Art. 6(1)(a) GDPR", MatchStrength.STRONG);

    @Test
    void everyRecordOfHersIsRestrictedWithNoEndDateWhateverItsRetention() {
        List<PlanProposal> plan = planner.plan(RequestType.RESTRICTION, List.of(plainMail, invoice, partner,
                recording), List.of(), TODAY);

        assertThat(plan).hasSize(4).allSatisfy(item -> {
            assertThat(item.action()).isEqualTo(PlannedAction.RESTRICT);
            assertThat(item.holdUntil()).isNull();
            assertThat(item.erasableFrom()).isNull();
            assertThat(item.reasonCode()).isEqualTo(ReasonCode.RESTRICTION_REQUESTED);
            assertThat(item.needsApproval()).isFalse();
            assertThat(item.legalBasis()).contains("Art. 18(1)");
        });
    }

    @Test
    void aRecordThatMatchesByNameOnlyWaitsForTheAssistantBeforeItIsRestricted() {
        Finding nameOnly = finding("mail", "mail:INBOX:1:99", "general-correspondence", "2025-01-01",
                "Art. 6(1)(f) GDPR", MatchStrength.WEAK);

        PlanProposal item = planner.forRestriction(nameOnly);

        assertThat(item.action()).isEqualTo(PlannedAction.KEEP);
        assertThat(item.evaluatedAction()).isEqualTo(PlannedAction.RESTRICT);
        assertThat(item.needsApproval()).isTrue();
        assertThat(item.reasonCode()).isEqualTo(ReasonCode.WEAK_MATCH_AWAITING_REVIEW);
    }

    @Test
    void aStoreThatCouldNotBeSearchedIsKeptForLaterAsOnAnErasure() {
        List<PlanProposal> plan = planner.plan(RequestType.RESTRICTION, List.of(plainMail), List.of("conference"),
                TODAY);

        assertThat(plan).extracting(PlanProposal::reasonCode)
                .containsExactly(ReasonCode.RESTRICTION_REQUESTED, ReasonCode.STORE_UNAVAILABLE);
    }

    @Test
    void onLegalClaimsTheRecordsOfTheRelationshipWaitForTheAssistantToCheckThatWeNoLongerNeedThem() {
        // Art. 18(1)(c) presumes that we no longer need the data: the customer's master data and her conference
        // account may still serve a running contract; her mails and invoices are restricted at once
        Finding account = strong("conference", "greenlight:users:7", "conference-account", "2024-01-01");

        List<PlanProposal> plan = planner.plan(RequestType.RESTRICTION, List.of(plainMail, invoice, partner, account),
                List.of(), TODAY, RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS);

        assertThat(plan).extracting(PlanProposal::reasonCode).containsExactly(ReasonCode.RESTRICTION_REQUESTED,
                ReasonCode.RESTRICTION_REQUESTED, ReasonCode.RESTRICTION_PREMISE_CHECK,
                ReasonCode.RESTRICTION_PREMISE_CHECK);
        assertThat(plan.subList(2, 4)).allSatisfy(item -> {
            assertThat(item.action()).isEqualTo(PlannedAction.KEEP);
            assertThat(item.evaluatedAction()).isEqualTo(PlannedAction.RESTRICT);
            assertThat(item.needsApproval()).isTrue();
            assertThat(item.reason()).contains("no longer need");
        });
    }

    @Test
    void onTheOtherGroundsTheRecordsOfTheRelationshipAreRestrictedAtOnce() {
        for (RestrictionGround ground : List.of(RestrictionGround.ACCURACY_CONTESTED,
                RestrictionGround.UNLAWFUL_PROCESSING, RestrictionGround.OBJECTION_PENDING)) {
            List<PlanProposal> plan = planner.plan(RequestType.RESTRICTION, List.of(partner), List.of(), TODAY,
                    ground);

            assertThat(plan).extracting(PlanProposal::reasonCode).as(ground.name())
                    .containsExactly(ReasonCode.RESTRICTION_REQUESTED);
        }
    }

    @Test
    void atTheLiftARecordWhosePeriodEndedIsErasedTheOthersGoBackIntoUse() {
        Finding oldLetter = strong("mail", "mail:INBOX:1:3", "commercial-letter", "2016-04-04");
        Finding letter = strong("mail", "mail:INBOX:1:4", "commercial-letter", "2025-04-04");

        assertThat(planner.atLift(oldLetter, TODAY).action()).isEqualTo(PlannedAction.ERASE);
        assertThat(planner.atLift(oldLetter, TODAY).reasonCode()).isEqualTo(ReasonCode.ERASED_AFTER_HOLD);
        assertThat(planner.atLift(invoice, TODAY).action()).as("2019 voucher, held to 2027").isEqualTo(PlannedAction.KEEP);
        for (Finding lifted : List.of(letter, invoice, partner, recording)) {
            assertThat(planner.atLift(lifted, TODAY).reasonCode()).as(lifted.reference())
                    .isEqualTo(ReasonCode.RESTRICTION_REQUESTED);
        }
    }

    @Test
    void atTheLiftAVoucherMailWhoseLetterPeriodEndedGoesBackIntoUseWithoutItsBody() {
        // LEGAL.md §3: a mail of June 2019, its body a business letter (to 2025), its invoice a voucher (to 2027)
        PlanProposal old = planner.atLift(voucherMail("mail:INBOX:1:7", "2019-06-10", "commercial-letter"), TODAY);
        // a mail of March 2021: its letter is held to 2027, its invoice to 2029
        PlanProposal recent = planner.atLift(voucherMail("mail:INBOX:1:8", "2021-03-15", "commercial-letter"),
                TODAY);

        assertThat(old.action()).as("back into use, not erased: its voucher's period runs")
                .isEqualTo(PlannedAction.KEEP);
        assertThat(old.reasonCode()).isEqualTo(ReasonCode.RESTRICTION_REQUESTED);
        assertThat(old.earlierPart()).as("the body has no purpose left: erased before the lift")
                .isEqualTo(new EarlierPart(Finding.PartKind.BODY, "commercial-letter", TODAY));
        assertThat(old.reason()).contains("without its BODY");
        assertThat(recent.action()).isEqualTo(PlannedAction.KEEP);
        assertThat(recent.earlierPart()).as("both periods run: lifted whole").isNull();
    }
}

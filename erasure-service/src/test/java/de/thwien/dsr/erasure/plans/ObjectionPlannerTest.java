package de.thwien.dsr.erasure.plans;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.thwien.dsr.erasure.plans.lifecycle.Execution;
import de.thwien.dsr.erasure.retention.ConfiguredDeletionConcept;
import de.thwien.dsr.events.ErasureEvents.PlannedAction;
import de.thwien.dsr.events.ErasureEvents.ProcessingBasis;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.events.ObjectionPurpose;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RetentionCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Art. 21 GDPR: what the planner proposes for the records found for an objection. */
class ObjectionPlannerTest {

    private static final LocalDate TODAY = parse("2026-11-26");
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final String LEGITIMATE_INTEREST = "Art. 6(1)(f) GDPR (answering the sender)";

    private final ErasurePlanner planner = new ErasurePlanner(ConfiguredDeletionConcept.policy(),
            Set.of("conference-recording"));

    private static Finding finding(String store, String reference, String category, String date, String basis,
            MatchStrength strength) {
        return new Finding(store, reference, List.of("name", "email"), category, parse(date), basis, strength,
                "test record");
    }

    private final Finding enquiry = finding("mail", "mail:INBOX:1:12", "general-correspondence", "2026-05-05",
            LEGITIMATE_INTEREST, MatchStrength.STRONG);
    private final Finding invitation = finding("conference", "greenlight:invitations:4", "conference-account",
            "2026-01-01", "Art. 6(1)(f) GDPR (inviting on behalf of a user)", MatchStrength.STRONG);
    private final Finding invoice = finding("crm", "crm:invoice:7", "accounting-voucher", "2024-06-10",
            "Art. 6(1)(c) GDPR (§147 AO, §257 HGB)", MatchStrength.STRONG);
    private final Finding partner = finding("crm", "crm:partner:3", "customer-master-data", "2019-01-01",
            "Art. 6(1)(b) GDPR (contract)", MatchStrength.STRONG);

    @Test
    void aRecordProcessedOnALegitimateInterestWaitsForTheAssistantsDecisionOnItsPurpose() {
        PlanProposal item = single(enquiry);

        assertThat(item.action()).isEqualTo(PlannedAction.KEEP);
        assertThat(item.evaluatedAction()).isEqualTo(PlannedAction.ERASE);
        assertThat(item.needsApproval()).isTrue();
        assertThat(item.reasonCode()).isEqualTo(ReasonCode.OBJECTION_AWAITING_DECISION);
        assertThat(planner.purposeOf(item.retentionCategory())).contains(ObjectionPurpose.CONTACT_HANDLING);
    }

    @Test
    void recordsOfDifferentPurposesAreGroupedByTheirRetentionCategory() {
        assertThat(planner.purposeOf(enquiry.retentionCategory())).contains(ObjectionPurpose.CONTACT_HANDLING);
        assertThat(planner.purposeOf(invitation.retentionCategory())).contains(ObjectionPurpose.CONFERENCE_USE);
        assertThat(planner.purposeOf("web-server-log")).contains(ObjectionPurpose.SERVER_LOGS);
    }

    @Test
    void aRecordOnAnotherLegalBasisIsNotTouchedByTheObjectionAndContinues() {
        List<PlanProposal> items = planner.plan(RequestType.OBJECTION, List.of(invoice, partner), List.of(), TODAY);

        assertThat(items.get(0).action()).isEqualTo(PlannedAction.KEEP);
        assertThat(items.get(0).needsApproval()).isFalse();
        assertThat(items.get(0).reasonCode()).isEqualTo(ReasonCode.NOT_PROCESSED_ON_LEGITIMATE_INTEREST);
        assertThat(items.get(0).legalBasis()).isEqualTo(invoice.legalBasis());
        // her master data serves the contract while it runs, which the assistant confirms; nothing happens before
        assertThat(items.get(1).action()).isEqualTo(PlannedAction.KEEP);
        assertThat(items.get(1).reasonCode()).isEqualTo(ReasonCode.RELATIONSHIP_CHECK);
        assertThat(items.get(1).needsApproval()).isTrue();
    }

    @Test
    void aCrmBusinessLetterUntouchedByTheObjectionIsStillSaidToBeKeptUnderItsStatutoryHold() {
        // the CRM states the contract the letter was written for; the law keeps it 6 years (LEGAL.md §3)
        Finding letter = finding("crm", "crm:mail_message:9", "commercial-letter", "2024-03-01",
                "Art. 6(1)(b) GDPR (contract)", MatchStrength.STRONG);

        PlanProposal item = planner.plan(RequestType.OBJECTION, List.of(letter), List.of(), TODAY).get(0);

        assertThat(item.reasonCode()).isEqualTo(ReasonCode.NOT_PROCESSED_ON_LEGITIMATE_INTEREST);
        assertThat(item.action()).isEqualTo(PlannedAction.KEEP);
        assertThat(item.holdUntil()).isEqualTo(parse("2030-12-31"));
        assertThat(item.erasableFrom()).isEqualTo(parse("2031-01-01"));
        assertThat(item.reason()).contains("until 2030-12-31");
        assertThat(PlanItem.planned(UUID.randomUUID(), item, NOW).toEvent().processingBases())
                .containsExactly(ProcessingBasis.CONTRACT, ProcessingBasis.LEGAL_OBLIGATION);
    }

    @Test
    void aLetterNoHoldKeepsIsErasedOnAnObjectionAsOnAWithdrawalForItsStoragePeriodHasEnded() {
        // storage limitation (Art. 5(1)(e) GDPR): a 2015 business letter's 6-year hold ended on 31 Dec 2021, and a
        // greeting is general correspondence with no hold at all (LEGAL.md §3); whatever basis the store states,
        // nothing needs them any more, as nothing needs the 2015 invoice beside them
        Finding oldLetter = finding("crm", "crm:mail_message:11", "commercial-letter", "2015-02-18",
                "Art. 6(1)(b) GDPR (contract); kept under Art. 6(1)(c) GDPR (§147 AO, §257 HGB)",
                MatchStrength.STRONG);
        Finding greeting = finding("crm", "crm:mail_message:10", "general-correspondence", "2024-03-01",
                "Art. 6(1)(b) GDPR (contract)", MatchStrength.STRONG);
        Finding oldInvoice = finding("crm", "crm:invoice:2", "accounting-voucher", "2015-06-10",
                "Art. 6(1)(c) GDPR (§147 AO, §257 HGB)", MatchStrength.STRONG);

        for (RequestType type : List.of(RequestType.OBJECTION, RequestType.CONSENT_WITHDRAWAL)) {
            List<PlanProposal> items = planner.plan(type, List.of(oldLetter, greeting, oldInvoice), List.of(), TODAY);

            assertThat(items).extracting(PlanProposal::action).as(type.name())
                    .containsOnly(PlannedAction.ERASE);
            assertThat(items).extracting(PlanProposal::reasonCode).as(type.name())
                    .containsExactly(ReasonCode.ERASED_AFTER_HOLD, ReasonCode.NO_HOLD, ReasonCode.ERASED_AFTER_HOLD);
            assertThat(items).allSatisfy(item -> {
                assertThat(item.legalBasis()).isNull();
                assertThat(item.needsApproval()).isFalse();
                assertThat(item.reason()).contains("Art. 17(1)(a), 5(1)(e)");
            });
        }
    }

    @Test
    void aRecordProcessedOnConsentIsNotReachedByAnObjectionAndLastsUntilSheWithdrawsIt() {
        Finding subscription = finding("crm", "crm:mailing_contact:4", "general-correspondence", "2019-04-01",
                "Art. 6(1)(a) GDPR (consent)", MatchStrength.STRONG);

        PlanProposal item = single(subscription);

        assertThat(item.action()).isEqualTo(PlannedAction.KEEP);
        assertThat(item.reasonCode()).isEqualTo(ReasonCode.NOT_PROCESSED_ON_LEGITIMATE_INTEREST);
        assertThat(item.holdUntil()).isNull();
        assertThat(item.consentBased()).isTrue();
        assertThat(item.legalBasis()).isEqualTo("Art. 6(1)(a) GDPR (consent)");
    }

    @Test
    void anInvoiceDraftStatedAsKeptUnderALegalObligationIsErasedForNoDutyKeepsIt() {
        // the CRM states §147 AO for every invoice; a draft never issued is no voucher (LEGAL.md §3)
        Finding draft = finding("crm", "crm:invoice:8", "invoice-draft", "2026-02-01",
                "Art. 6(1)(c) GDPR (§147 AO, §257 HGB)", MatchStrength.STRONG);

        PlanProposal item = single(draft);

        assertThat(item.action()).isEqualTo(PlannedAction.ERASE);
        assertThat(item.reasonCode()).isEqualTo(ReasonCode.NO_HOLD);
        assertThat(item.legalBasis()).isNull();
        assertThat(item.holdUntil()).isNull();
    }

    @Test
    void aVoucherWhoseHoldHasEndedIsErasedNotSaidToBeKeptUnderTheTaxCode() {
        Finding old = finding("crm", "crm:invoice:2", "accounting-voucher", "2014-03-01",
                "Art. 6(1)(c) GDPR (§147 AO, §257 HGB)", MatchStrength.STRONG);

        PlanProposal item = single(old);

        assertThat(item.action()).isEqualTo(PlannedAction.ERASE);
        assertThat(item.reasonCode()).isEqualTo(ReasonCode.ERASED_AFTER_HOLD);
    }

    @Test
    void aVoucherStillHeldStaysNotCoveredWithTheDayItsHoldEnds() {
        PlanProposal item = single(invoice);

        assertThat(item.reasonCode()).isEqualTo(ReasonCode.NOT_PROCESSED_ON_LEGITIMATE_INTEREST);
        assertThat(item.holdUntil()).isEqualTo(parse("2032-12-31"));
        assertThat(PlanItem.planned(UUID.randomUUID(), item, NOW).toEvent().processingBases())
                .containsExactly(ProcessingBasis.LEGAL_OBLIGATION);
    }

    @Test
    void aNameOnlyMatchConfirmedAsHersWaitsForTheDecisionOnItsPurposeInsteadOfBeingErased() {
        Finding weak = finding("mail", "mail:INBOX:1:31", "general-correspondence", "2026-05-05",
                LEGITIMATE_INTEREST, MatchStrength.WEAK);
        PlanItem item = PlanItem.planned(UUID.randomUUID(), single(weak), NOW);

        item.awaitObjectionDecision();

        assertThat(item.execution()).isEqualTo(Execution.AWAITING_APPROVAL);
        assertThat(item.action()).isEqualTo(PlannedAction.KEEP);
        assertThat(item.reasonCode()).isEqualTo(ReasonCode.OBJECTION_AWAITING_DECISION);
        assertThat(planner.objectionPurposeOf(item.processingBasis(), item.retentionCategory()))
                .contains(ObjectionPurpose.CONTACT_HANDLING);

        item.continueOnGrounds("Laufender Rechtsstreit über diese Anfrage");

        assertThat(item.execution()).isEqualTo(Execution.KEPT);
        assertThat(item.stoppedInItsStore()).isFalse();
    }

    @Test
    void aRecordStoppedInItsStoreIsKnownSoItsPurposeCannotContinueAfterwards() {
        PlanItem item = PlanItem.planned(UUID.randomUUID(), single(enquiry), NOW);
        assertThat(item.stoppedInItsStore()).isFalse();

        item.stopOnObjection(NOW);

        assertThat(item.stoppedInItsStore()).isTrue();
    }

    @Test
    void onlyARecordProcessedOnALegitimateInterestFollowsAnObjectionPurpose() {
        assertThat(planner.objectionPurposeOf(LEGITIMATE_INTEREST, "general-correspondence"))
                .contains(ObjectionPurpose.CONTACT_HANDLING);
        assertThat(planner.objectionPurposeOf("Art. 6(1)(b) GDPR (contract)", "general-correspondence")).isEmpty();
    }

    @Test
    void aRecordUnderARetentionHoldIsRestrictedIfItsPurposeStops() {
        Finding heldLetter = finding("mail", "mail:INBOX:1:20", "commercial-letter", "2024-03-01",
                "Art. 6(1)(f) GDPR", MatchStrength.STRONG);

        PlanProposal item = single(heldLetter);

        assertThat(item.reasonCode()).isEqualTo(ReasonCode.OBJECTION_AWAITING_DECISION);
        assertThat(item.evaluatedAction()).isEqualTo(PlannedAction.RESTRICT);
        assertThat(item.holdUntil()).isEqualTo(parse("2030-12-31"));
    }

    @Test
    void directMarketingStopsWithoutWeighing() {
        ErasurePlanner marketing = new ErasurePlanner(ConfiguredDeletionConcept.policy(), Set.of(),
                category -> category == RetentionCategory.GENERAL_CORRESPONDENCE
                        ? ObjectionPurpose.DIRECT_MARKETING : ObjectionPurpose.of(category));

        PlanProposal item = marketing.plan(RequestType.OBJECTION, List.of(enquiry), List.of(), TODAY).get(0);

        assertThat(item.action()).isEqualTo(PlannedAction.ERASE);
        assertThat(item.needsApproval()).isFalse();
    }

    @Test
    void aNameOnlyMatchIsReviewedFirstAsOnAnErasure() {
        Finding weak = finding("mail", "mail:INBOX:1:30", "general-correspondence", "2026-05-05",
                LEGITIMATE_INTEREST, MatchStrength.WEAK);

        PlanProposal item = single(weak);

        assertThat(item.reasonCode()).isEqualTo(ReasonCode.WEAK_MATCH_AWAITING_REVIEW);
    }

    @Test
    void anErasureRequestIsPlannedAsBeforeWhateverTheLegalBasis() {
        PlanProposal item = planner.plan(RequestType.ERASURE, List.of(enquiry), List.of(), TODAY).get(0);

        assertThat(item.action()).isEqualTo(PlannedAction.ERASE);
        assertThat(item.reasonCode()).isEqualTo(ReasonCode.NO_HOLD);
    }

    @Test
    void stoppingAPurposeRunsTheDeletionConceptsActionAndSaysItWasTheObjection() {
        PlanItem item = PlanItem.planned(UUID.randomUUID(), single(enquiry), NOW);
        assertThat(item.execution()).isEqualTo(Execution.AWAITING_APPROVAL);

        item.stopOnObjection(NOW);

        assertThat(item.action()).isEqualTo(PlannedAction.ERASE);
        assertThat(item.execution()).isEqualTo(Execution.PENDING);
        assertThat(item.reasonCode()).isEqualTo(ReasonCode.OBJECTION_UPHELD);
    }

    @Test
    void continuingAPurposeKeepsTheRecordWithTheAssistantsGrounds() {
        PlanItem item = PlanItem.planned(UUID.randomUUID(), single(invitation), NOW);

        item.continueOnGrounds("Laufende Schulung bis 30. April");

        assertThat(item.action()).isEqualTo(PlannedAction.KEEP);
        assertThat(item.execution()).isEqualTo(Execution.KEPT);
        assertThat(item.reasonCode()).isEqualTo(ReasonCode.COMPELLING_GROUNDS);
        assertThat(item.reason()).isEqualTo("Laufende Schulung bis 30. April");
        assertThat(item.toEvent().reason()).isEqualTo("Laufende Schulung bis 30. April");
    }

    @Test
    void aDecidedPurposeCannotBeDecidedAgain() {
        PlanItem item = PlanItem.planned(UUID.randomUUID(), single(invitation), NOW);
        item.continueOnGrounds("Laufende Schulung bis 30. April");

        assertThatThrownBy(() -> item.stopOnObjection(NOW)).isInstanceOf(PlanItemConflict.class);
    }

    private PlanProposal single(Finding finding) {
        return planner.plan(RequestType.OBJECTION, List.of(finding), List.of(), TODAY).get(0);
    }
}

package de.thwien.dsr.erasure.plans;

import static de.thwien.dsr.erasure.plans.ErasurePlannerTest.finding;
import static de.thwien.dsr.erasure.plans.ErasurePlannerTest.strong;
import static de.thwien.dsr.erasure.plans.ErasurePlannerTest.voucherMail;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.thwien.dsr.erasure.plans.lifecycle.Execution;
import de.thwien.dsr.erasure.retention.ConfiguredDeletionConcept;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.ErasureEvents.PlannedAction;
import de.thwien.dsr.events.ErasureEvents.ProcessingBasis;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.events.RestrictionGround;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The end of a restriction under Art. 18(1)(c) GDPR: she no longer needs the data for legal claims, we did not need
 * them before; each record goes as on her erasure request, erased or kept under its retention hold, never back into use.
 */
class LegalClaimsEndedTest {

    private static final LocalDate TODAY = parse("2026-11-26");
    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");

    private final ErasurePlanner planner = new ErasurePlanner(ConfiguredDeletionConcept.policy(),
            Set.of("conference-recording"));
    private final UUID caseId = UUID.randomUUID();

    private final Finding plainMail = strong("mail", "mail:INBOX:1:12", "general-correspondence", "2025-05-05");
    private final Finding invoice = strong("crm", "crm:invoice:7", "accounting-voucher", "2019-06-10");
    private final Finding partner = strong("crm", "crm:partner:3", "customer-master-data", "2019-01-01");

    private PlanItem restrictedAtHerRequest(Finding finding) {
        PlanItem item = PlanItem.planned(caseId, planner.forRestriction(finding), NOW);
        if (finding.matchStrength() == MatchStrength.WEAK) {
            item.approveRestriction(NOW);
        }
        item.recordRestricted("restricted in " + finding.store(), null, NOW);
        return item;
    }

    @Test
    void onlyTheGroundOfLegalClaimsEndsInErasure() {
        assertThat(LegalClaimsEnded.endsInErasure(RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS)).isTrue();
        assertThat(LegalClaimsEnded.endsInErasure(RestrictionGround.UNLAWFUL_PROCESSING)).isFalse();
        assertThat(LegalClaimsEnded.endsInErasure(RestrictionGround.ACCURACY_CONTESTED)).isFalse();
        assertThat(LegalClaimsEnded.endsInErasure(RestrictionGround.OBJECTION_PENDING)).isFalse();
        assertThat(LegalClaimsEnded.endsInErasure(null)).isFalse();
    }

    @Test
    void aRecordNoHoldKeepsIsAnnouncedAsErasedAndAnInvoiceWithItsHoldAndHerMasterDataAlongside() {
        List<LegalClaimsEnded.Outcome> outcomes = LegalClaimsEnded.evaluate(planner, List.of(
                restrictedAtHerRequest(plainMail), restrictedAtHerRequest(invoice), restrictedAtHerRequest(partner)),
                TODAY);

        assertThat(outcomes).extracting(LegalClaimsEnded.Outcome::erasedNow).containsExactly(true, false, false);
        ErasureEvents.RestrictedRecord mail = outcomes.get(0).announced();
        assertThat(mail.reference()).isEqualTo("mail:INBOX:1:12");
        assertThat(mail.reasonCode()).isEqualTo(ReasonCode.NO_HOLD);
        assertThat(mail.holdUntil()).isNull();
        assertThat(mail.legalBasis()).isNull();
        // LEGAL.md §3: an invoice of 10 Jun 2019 is held to 31 Dec 2027, erasable from 1 Jan 2028
        ErasureEvents.RestrictedRecord voucher = outcomes.get(1).announced();
        assertThat(voucher.reasonCode()).isEqualTo(ReasonCode.RETENTION_HOLD);
        assertThat(voucher.holdUntil()).isEqualTo(parse("2027-12-31"));
        assertThat(voucher.erasableFrom()).isEqualTo(parse("2028-01-01"));
        assertThat(voucher.legalBasis()).contains("§147");
        ErasureEvents.RestrictedRecord masterData = outcomes.get(2).announced();
        assertThat(masterData.reasonCode()).isEqualTo(ReasonCode.MASTER_DATA_WHILE_HELD);
        assertThat(masterData.holdUntil()).isEqualTo(parse("2027-12-31"));
        assertThat(masterData.erasableFrom()).isEqualTo(parse("2028-01-01"));
    }

    @Test
    void herMasterDataIsErasedWhenNoOtherRecordOfHersIsHeld() {
        List<LegalClaimsEnded.Outcome> outcomes = LegalClaimsEnded.evaluate(planner, List.of(
                restrictedAtHerRequest(plainMail), restrictedAtHerRequest(partner)), TODAY);

        assertThat(outcomes).extracting(LegalClaimsEnded.Outcome::erasedNow).containsExactly(true, true);
    }

    @Test
    void aNameOnlyMatchConfirmedAsHersIsEvaluatedAsHersNotHeldBackForReview() {
        Finding mention = finding("mail", "mail:INBOX:1:40", "general-correspondence", "2025-06-03",
                "Art. 6(1)(f) GDPR", MatchStrength.WEAK);

        List<LegalClaimsEnded.Outcome> outcomes = LegalClaimsEnded.evaluate(planner,
                List.of(restrictedAtHerRequest(mention)), TODAY);

        assertThat(outcomes.get(0).erasedNow()).isTrue();
    }

    @Test
    void aRecordWhoseHoldCannotBeCountedRefusesTheEnd() {
        Finding unknown = strong("crm", "crm:note:2", "no-such-category", "2025-05-05");

        assertThatThrownBy(() -> LegalClaimsEnded.evaluate(planner,
                List.of(restrictedAtHerRequest(plainMail), restrictedAtHerRequest(unknown)), TODAY))
                .isInstanceOf(PlanItemConflict.class).hasMessageContaining("1 restricted records");
    }

    @Test
    void theErasedRecordBecomesDueTodayAndTheHeldOneARetentionHoldStillRestrictedInItsStore() {
        PlanItem mail = restrictedAtHerRequest(plainMail);
        PlanItem voucher = restrictedAtHerRequest(invoice);
        List<LegalClaimsEnded.Outcome> outcomes = LegalClaimsEnded.evaluate(planner, List.of(mail, voucher), TODAY);

        mail.eraseAfterLegalClaims(TODAY);
        voucher.holdAfterLegalClaims(outcomes.get(1).evaluated());

        assertThat(mail.execution()).isEqualTo(Execution.RESTRICTED);
        assertThat(mail.reasonCode()).isEqualTo(ReasonCode.NO_HOLD);
        assertThat(mail.evaluatedAction()).isEqualTo(PlannedAction.ERASE);
        assertThat(mail.erasableFrom()).isEqualTo(TODAY);
        assertThat(mail.restrictedAtHerRequest()).isFalse();
        assertThat(voucher.execution()).as("no store change: it is restricted already").isEqualTo(Execution.RESTRICTED);
        assertThat(voucher.reasonCode()).isEqualTo(ReasonCode.RETENTION_HOLD);
        assertThat(voucher.holdUntil()).isEqualTo(parse("2027-12-31"));
        assertThat(voucher.erasableFrom()).isEqualTo(parse("2028-01-01"));
        assertThat(voucher.processingBases()).as("kept under the duty, Art. 6(1)(c)")
                .contains(ProcessingBasis.LEGAL_OBLIGATION);
        assertThat(voucher.reason()).contains("Art. 18(1)(c)");
        // a second end finds nothing restricted at her request any more
        assertThatThrownBy(() -> voucher.holdAfterLegalClaims(outcomes.get(1).evaluated()))
                .isInstanceOf(PlanItemConflict.class);
    }

    @Test
    void aRecordWhoseHoldEndedAwaitsItsErasureAsSuchNotAsOneWithoutARetentionDuty() {
        PlanItem oldLetter = restrictedAtHerRequest(strong("mail", "mail:INBOX:1:13", "commercial-letter",
                "2017-02-01"));
        PlanItem mail = restrictedAtHerRequest(plainMail);

        oldLetter.eraseAfterLegalClaims(TODAY);
        mail.eraseAfterLegalClaims(TODAY);

        assertThat(oldLetter.reasonCode()).isEqualTo(ReasonCode.ERASED_AFTER_HOLD);
        assertThat(oldLetter.reason()).contains("its retention hold has ended");
        assertThat(mail.reasonCode()).isEqualTo(ReasonCode.NO_HOLD);
        assertThat(mail.reason()).contains("no retention hold");
    }

    @Test
    void theRecordErasedWithoutAHoldSaysSoNotThatAHoldEnded() {
        PlanItem mail = restrictedAtHerRequest(plainMail);
        mail.eraseAfterLegalClaims(TODAY);

        mail.recordErasedAfterHold("re-read: gone", NOW);

        assertThat(mail.execution()).isEqualTo(Execution.ERASED);
        assertThat(mail.reason()).isEqualTo("erased: no retention hold keeps it");
        assertThat(mail.reasonCode()).isEqualTo(ReasonCode.NO_HOLD);
    }

    @Test
    void aVoucherMailWhoseLetterHoldEndedLosesItsBodyNowAndItsInvoiceStaysRestrictedUnderItsOwnHold() {
        // LEGAL.md §3: June 2019; the body, a business letter, was held to 2025, the invoice attached to 2027
        PlanItem mail = restrictedAtHerRequest(voucherMail("mail:INBOX:1:20", "2019-06-10", "commercial-letter"));
        assertThat(mail.earlierPart()).as("restricted at her request: no part is dated yet").isNull();

        LegalClaimsEnded.Outcome outcome = LegalClaimsEnded.evaluate(planner, List.of(mail), TODAY).get(0);

        assertThat(outcome.erasedNow()).as("the invoice is held: the record is not erased whole").isFalse();
        ErasureEvents.RestrictedRecord told = outcome.announced();
        assertThat(told.holdUntil()).isEqualTo(parse("2027-12-31"));
        assertThat(told.erasableFrom()).isEqualTo(parse("2028-01-01"));
        assertThat(told.legalBasis()).contains("§147");
        assertThat(told.parts()).containsExactly(
                new ErasureEvents.RestrictedPart(Finding.PartKind.BODY, "commercial-letter", TODAY, null),
                new ErasureEvents.RestrictedPart(Finding.PartKind.ATTACHMENTS, "accounting-voucher",
                        parse("2028-01-01"), null));

        mail.holdAfterLegalClaims(outcome.evaluated());

        assertThat(mail.earlierPart()).isEqualTo(new EarlierPart(Finding.PartKind.BODY, "commercial-letter", TODAY));
        assertThat(mail.holdUntil()).isEqualTo(parse("2027-12-31"));
        DeferredErasure deferred = DeferredErasure.scheduled(1L, caseId, mail.store(), mail.reference(),
                mail.retentionCategory(), mail.erasableFrom(), mail.earlierPart());
        assertThat(deferred.partDueOn(TODAY)).as("the body goes by the next deferred run")
                .isEqualTo(Finding.PartKind.BODY);

        mail.recordPartErased("re-read: BODY gone", "mail:Restricted:1:21", NOW);

        assertThat(mail.earlierPart()).isNull();
        assertThat(mail.finding().parts()).as("what is left is one whole: the invoice").isEmpty();
        assertThat(mail.toStillRestrictedRecord().parts()).filteredOn(p -> p.kind() == Finding.PartKind.BODY)
                .singleElement().satisfies(body -> assertThat(body.erasedAt()).isEqualTo(NOW));
    }

    @Test
    void aVoucherMailWhoseLetterHoldRunsLosesItsBodyWhenThatHoldEndsAndTheRestWhenTheInvoiceHoldEnds() {
        // March 2021: the letter is held to 2027, the invoice to 2029
        PlanItem mail = restrictedAtHerRequest(voucherMail("mail:INBOX:1:22", "2021-03-15", "commercial-letter"));

        LegalClaimsEnded.Outcome outcome = LegalClaimsEnded.evaluate(planner, List.of(mail), TODAY).get(0);
        mail.holdAfterLegalClaims(outcome.evaluated());

        assertThat(outcome.erasedNow()).isFalse();
        assertThat(outcome.announced().parts()).containsExactly(
                new ErasureEvents.RestrictedPart(Finding.PartKind.BODY, "commercial-letter", parse("2028-01-01"),
                        null),
                new ErasureEvents.RestrictedPart(Finding.PartKind.ATTACHMENTS, "accounting-voucher",
                        parse("2030-01-01"), null));
        assertThat(mail.holdUntil()).isEqualTo(parse("2029-12-31"));
        assertThat(mail.earlierPart())
                .isEqualTo(new EarlierPart(Finding.PartKind.BODY, "commercial-letter", parse("2028-01-01")));
        DeferredErasure deferred = DeferredErasure.scheduled(1L, caseId, mail.store(), mail.reference(),
                mail.retentionCategory(), mail.erasableFrom(), mail.earlierPart());
        assertThat(deferred.partDueOn(TODAY)).isNull();
        assertThat(deferred.partDueOn(parse("2028-01-01"))).isEqualTo(Finding.PartKind.BODY);
    }

    @Test
    void aVoucherMailWhoseBodyIsNoBusinessLetterLosesItsBodyNowAtTheEnd() {
        PlanItem mail = restrictedAtHerRequest(voucherMail("mail:INBOX:1:23", "2024-02-20",
                "general-correspondence"));

        LegalClaimsEnded.Outcome outcome = LegalClaimsEnded.evaluate(planner, List.of(mail), TODAY).get(0);
        mail.holdAfterLegalClaims(outcome.evaluated());

        assertThat(mail.earlierPart())
                .isEqualTo(new EarlierPart(Finding.PartKind.BODY, "general-correspondence", TODAY));
        assertThat(mail.holdUntil()).isEqualTo(parse("2032-12-31"));
    }

    @Test
    void atALiftAVoucherMailWhoseLetterPeriodEndedIsNamedWithoutItsBodyAndLosesItBeforeTheLift() {
        PlanItem old = restrictedAtHerRequest(voucherMail("mail:INBOX:1:24", "2019-06-10", "commercial-letter"));
        PlanItem recent = restrictedAtHerRequest(voucherMail("mail:INBOX:1:25", "2021-03-15", "commercial-letter"));

        List<LegalClaimsEnded.Outcome> outcomes = LegalClaimsEnded.atLift(planner, List.of(old, recent), TODAY);

        assertThat(outcomes).extracting(LegalClaimsEnded.Outcome::erasedNow).containsExactly(false, false);
        ErasureEvents.RestrictedRecord told = old.liftedAs(outcomes.get(0).evaluated());
        assertThat(told.parts()).filteredOn(p -> p.erasableFrom() != null).containsExactly(
                new ErasureEvents.RestrictedPart(Finding.PartKind.BODY, "commercial-letter", TODAY, null));
        assertThat(recent.liftedAs(outcomes.get(1).evaluated()).parts()).isEmpty();

        old.erasePartBeforeLift(outcomes.get(0).evaluated().earlierPart());
        recent.erasePartBeforeLift(outcomes.get(1).evaluated().earlierPart());

        assertThat(old.earlierPart()).isEqualTo(new EarlierPart(Finding.PartKind.BODY, "commercial-letter", TODAY));
        assertThat(old.restrictedAtHerRequest()).as("still lifted afterwards, not erased").isTrue();
        assertThat(recent.earlierPart()).isNull();
    }

    @Test
    void aRecordRestrictedAtHerRequestRemembersItsPartsUndatedUntilTheAssistantClassifiesItAsAWhole() {
        PlanItem mail = PlanItem.planned(caseId, planner.forRestriction(
                voucherMail("mail:INBOX:1:26", "2019-06-10", "commercial-letter")), NOW);

        assertThat(mail.finding().parts()).containsExactly(
                new Finding.Part(Finding.PartKind.BODY, "commercial-letter"),
                new Finding.Part(Finding.PartKind.ATTACHMENTS, "accounting-voucher"));
        assertThat(mail.earlierPart()).as("no hold dates a part of a restriction she asked for").isNull();
        assertThat(mail.toRestrictedRecord().parts()).as("her answer names the record, not parts").isEmpty();

        mail.reclassify("commercial-letter", null, NOW);

        assertThat(mail.finding().parts()).isEmpty();
    }
}

package de.thwien.dsr.erasure.plans;

import static de.thwien.dsr.erasure.plans.ErasurePlannerTest.finding;
import static de.thwien.dsr.erasure.plans.ErasurePlannerTest.strong;
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
    void theRecordErasedWithoutAHoldSaysSoNotThatAHoldEnded() {
        PlanItem mail = restrictedAtHerRequest(plainMail);
        mail.eraseAfterLegalClaims(TODAY);

        mail.recordErasedAfterHold("re-read: gone", NOW);

        assertThat(mail.execution()).isEqualTo(Execution.ERASED);
        assertThat(mail.reason()).isEqualTo("erased: no retention hold keeps it");
    }
}

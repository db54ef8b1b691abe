package de.thwien.dsr.erasure.plans;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.erasure.retention.ConfiguredDeletionConcept;
import de.thwien.dsr.events.ErasureEvents.PlannedAction;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.events.RequestType;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ErasurePlannerTest {

    private static final LocalDate TODAY = parse("2026-11-26");

    private final ErasurePlanner planner = new ErasurePlanner(ConfiguredDeletionConcept.policy(),
            Set.of("conference-recording"));

    static Finding finding(String store, String reference, String category, String date, String basis,
            MatchStrength strength) {
        return new Finding(store, reference, List.of("name", "email"), category, parse(date), basis, strength,
                "test record");
    }

    static Finding strong(String store, String reference, String category, String date) {
        return finding(store, reference, category, date, "Art. 6(1)(b) GDPR", MatchStrength.STRONG);
    }

    private final Finding invoice = strong("crm", "crm:invoice:7", "accounting-voucher", "2019-06-10");
    private final Finding businessMail = strong("mail", "mail:INBOX:1:11", "commercial-letter", "2022-03-01");
    private final Finding plainMail = strong("mail", "mail:INBOX:1:12", "general-correspondence", "2025-05-05");
    private final Finding partner = strong("crm", "crm:partner:3", "customer-master-data", "2019-01-01");
    private final Finding account = strong("conference", "greenlight:user:5", "conference-account", "2024-01-01");
    private final Finding recording = finding("conference", "bbb:recording:abc", "conference-recording", "2026-11-20",
            "Art. 6(1)(a) GDPR", MatchStrength.STRONG);

    static Finding voucherMail(String reference, String date, String bodyCategory) {
        return new Finding("mail", reference, List.of("email", "message-content"), "accounting-voucher", parse(date),
                "Art. 6(1)(b) GDPR", MatchStrength.STRONG, "mail with an invoice",
                List.of(new Finding.Part(Finding.PartKind.BODY, bodyCategory),
                        new Finding.Part(Finding.PartKind.ATTACHMENTS, "accounting-voucher")));
    }

    @Test
    void aRecordWithoutADateWhoseCategoryHasNoHoldIsErased() {
        // Odoo's mail.followers has no date column: the connector reports no retention start
        Finding follower = new Finding("crm", "mail_followers/1", List.of("message-content"), "general-correspondence",
                null, "Art. 6(1)(b) GDPR", MatchStrength.STRONG, "Follows res.partner 1");

        PlanProposal item = planner.forErasure(follower, TODAY);

        assertThat(item.action()).isEqualTo(PlannedAction.ERASE);
        assertThat(item.reasonCode()).isEqualTo(ReasonCode.NO_HOLD);
    }

    @Test
    void aRecordWithoutADateWhoseCategoryHasAHoldIsKeptForTheAssistantInsteadOfFailingThePlan() {
        Finding undated = new Finding("crm", "account_move/9", List.of("invoice"), "accounting-voucher", null,
                "Art. 6(1)(c) GDPR", MatchStrength.STRONG, "Invoice without a date");

        PlanProposal item = planner.forErasure(undated, TODAY);

        assertThat(item.action()).isEqualTo(PlannedAction.KEEP);
        assertThat(item.evaluatedAction()).isEqualTo(PlannedAction.RESTRICT);
        assertThat(item.needsApproval()).isTrue();
        assertThat(item.reason()).contains("no date");
    }

    @Test
    void aVoucherMailIsRestrictedUntilTheAttachmentsHoldEndsAndLosesItsBodyWhenTheLetterHoldEnds() {
        PlanProposal item = planner.forErasure(voucherMail("mail:Sent:1:5", "2021-03-15", "commercial-letter"), TODAY);

        assertThat(item.action()).isEqualTo(PlannedAction.RESTRICT);
        assertThat(item.holdUntil()).isEqualTo(parse("2029-12-31"));
        assertThat(item.erasableFrom()).isEqualTo(parse("2030-01-01"));
        assertThat(item.earlierPart()).isEqualTo(
                new EarlierPart(Finding.PartKind.BODY, "commercial-letter", parse("2028-01-01")));
        assertThat(item.reason()).contains("2028-01-01");
    }

    @Test
    void theBodyOfAVoucherMailThatIsNoBusinessLetterIsErasedFirstRightAway() {
        PlanProposal item = planner.forErasure(voucherMail("mail:INBOX:1:6", "2024-02-20", "general-correspondence"),
                TODAY);

        assertThat(item.action()).isEqualTo(PlannedAction.RESTRICT);
        assertThat(item.holdUntil()).isEqualTo(parse("2032-12-31"));
        assertThat(item.earlierPart()).isEqualTo(new EarlierPart(Finding.PartKind.BODY, "general-correspondence", TODAY));
    }

    @Test
    void aRecordWithoutPartsHasNoPartErasedFirst() {
        assertThat(planner.forErasure(invoice, TODAY).earlierPart()).isNull();
    }

    private PlanProposal itemFor(List<PlanProposal> plan, Finding finding) {
        return plan.stream().filter(i -> finding.reference().equals(i.reference())).findFirst().orElseThrow();
    }

    @Test
    void customerWithInvoiceMailsAndConferenceDataGetsTheLegalOutcome() {
        List<PlanProposal> plan = planner.plan(RequestType.ERASURE,
                List.of(invoice, businessMail, plainMail, partner, account, recording), List.of(), TODAY);

        assertThat(plan).hasSize(6);
        assertThat(itemFor(plan, plainMail).action()).isEqualTo(PlannedAction.ERASE);
        assertThat(itemFor(plan, account).action()).isEqualTo(PlannedAction.ERASE);
        assertThat(itemFor(plan, recording).action()).isEqualTo(PlannedAction.ERASE);
        assertThat(itemFor(plan, invoice).action()).isEqualTo(PlannedAction.RESTRICT);
        assertThat(itemFor(plan, invoice).holdUntil()).isEqualTo(parse("2027-12-31"));
        assertThat(itemFor(plan, businessMail).holdUntil()).isEqualTo(parse("2028-12-31"));
        assertThat(itemFor(plan, partner).action()).isEqualTo(PlannedAction.RESTRICT);
        assertThat(itemFor(plan, partner).holdUntil()).isEqualTo(parse("2028-12-31"));
        assertThat(itemFor(plan, partner).erasableFrom()).isEqualTo(parse("2029-01-01"));
        assertThat(plan).noneMatch(PlanProposal::needsApproval);
    }

    @Test
    void restrictedItemNamesItsLegalBasis() {
        List<PlanProposal> plan = planner.plan(RequestType.ERASURE, List.of(invoice), List.of(), TODAY);

        assertThat(plan.get(0).legalBasis()).contains("§147(1) Nr. 4, (3) AO");
    }

    @Test
    void masterDataIsErasedWhenNothingElseIsOnHold() {
        List<PlanProposal> plan = planner.plan(RequestType.ERASURE, List.of(partner, plainMail), List.of(), TODAY);

        assertThat(itemFor(plan, partner).action()).isEqualTo(PlannedAction.ERASE);
    }

    @Test
    void masterDataFollowsTheLastHoldNotTheFirst() {
        Finding oldLetter = strong("mail", "mail:INBOX:1:1", "commercial-letter", "2021-01-05");
        Finding record = strong("crm", "crm:journal:1", "accounting-record", "2020-05-05");

        List<PlanProposal> plan = planner.plan(RequestType.ERASURE, List.of(oldLetter, partner, record), List.of(), TODAY);

        assertThat(itemFor(plan, partner).holdUntil()).isEqualTo(parse("2030-12-31"));
        assertThat(itemFor(plan, partner).legalBasis()).contains("§147(1) Nr. 1");
    }

    @Test
    void weakHoldsDoNotKeepMasterData() {
        Finding weakInvoice = finding("crm", "crm:invoice:9", "accounting-voucher", "2024-01-01",
                "Art. 6(1)(b) GDPR", MatchStrength.WEAK);

        List<PlanProposal> plan = planner.plan(RequestType.ERASURE, List.of(weakInvoice, partner), List.of(), TODAY);

        assertThat(itemFor(plan, partner).action()).isEqualTo(PlannedAction.ERASE);
    }

    @Test
    void weakMatchIsKeptForReviewWithWhatApprovalWouldDo() {
        Finding weak = finding("mail", "mail:INBOX:1:99", "accounting-voucher", "2019-06-10",
                "Art. 6(1)(b) GDPR", MatchStrength.WEAK);

        PlanProposal item = planner.plan(RequestType.ERASURE, List.of(weak), List.of(), TODAY).get(0);

        assertThat(item.action()).isEqualTo(PlannedAction.KEEP);
        assertThat(item.evaluatedAction()).isEqualTo(PlannedAction.RESTRICT);
        assertThat(item.holdUntil()).isEqualTo(parse("2027-12-31"));
        assertThat(item.reason()).contains("weak match");
        assertThat(item.reasonCode()).isEqualTo(ReasonCode.WEAK_MATCH_AWAITING_REVIEW);
        assertThat(item.needsApproval()).isTrue();
    }

    @Test
    void unknownCategoryIsKeptForTheAssistantToClassify() {
        Finding odd = strong("mail", "mail:INBOX:1:5", "love-letter", "2020-02-02");

        PlanProposal item = planner.plan(RequestType.ERASURE, List.of(odd), List.of(), TODAY).get(0);

        assertThat(item.action()).isEqualTo(PlannedAction.KEEP);
        assertThat(item.reason()).contains("unknown retention category");
        assertThat(item.reasonCode()).isEqualTo(ReasonCode.UNKNOWN_CATEGORY);
        assertThat(item.needsApproval()).isTrue();
    }

    @Test
    void unavailableStoreIsKeptWithAReason() {
        List<PlanProposal> plan = planner.plan(RequestType.ERASURE, List.of(plainMail), List.of("conference"), TODAY);

        PlanProposal unavailable = plan.stream().filter(i -> i.store().equals("conference")).findFirst().orElseThrow();
        assertThat(unavailable.action()).isEqualTo(PlannedAction.KEEP);
        assertThat(unavailable.reason()).contains("store unavailable");
        assertThat(unavailable.reasonCode()).isEqualTo(ReasonCode.STORE_UNAVAILABLE);
        assertThat(unavailable.reference()).isNull();
    }

    @Test
    void consentWithdrawalErasesConsentBasedDataAndWhatOutlivedItsPeriodAndKeepsTheRestWithItsEnd() {
        Finding oldCorrespondence = strong("crm", "mail_message/2", "general-correspondence", "2015-02-18");
        Finding oldLetter = strong("mail", "mail:INBOX:1:3", "commercial-letter", "2016-09-01");
        List<PlanProposal> plan = planner.plan(RequestType.CONSENT_WITHDRAWAL,
                List.of(invoice, businessMail, plainMail, oldCorrespondence, oldLetter, partner, account, recording),
                List.of(), TODAY);

        // processed on consent: erased (Art. 17(1)(b))
        assertThat(itemFor(plan, recording).action()).isEqualTo(PlannedAction.ERASE);
        assertThat(itemFor(plan, recording).consentBased()).isTrue();
        // another basis, but the storage period has ended or the category has none: erased (Art. 17(1)(a))
        for (Finding ended : List.of(plainMail, oldCorrespondence, oldLetter)) {
            PlanProposal item = itemFor(plan, ended);
            assertThat(item.action()).isEqualTo(PlannedAction.ERASE);
            assertThat(item.consentBased()).isFalse();
            assertThat(item.legalBasis()).isNull();
            assertThat(item.holdUntil()).isNull();
            assertThat(item.reason()).contains("no longer needed for any purpose").contains("Art. 17(1)(a), 5(1)(e)");
            assertThat(item.needsApproval()).isFalse();
        }
        assertThat(itemFor(plan, plainMail).reasonCode()).isEqualTo(ReasonCode.NO_HOLD);
        assertThat(itemFor(plan, oldCorrespondence).reasonCode()).isEqualTo(ReasonCode.NO_HOLD);
        assertThat(itemFor(plan, oldLetter).reasonCode()).isEqualTo(ReasonCode.ERASED_AFTER_HOLD);
        // another basis, its period runs: kept with that basis and the day it is erased
        PlanProposal heldInvoice = itemFor(plan, invoice);
        assertThat(heldInvoice.action()).isEqualTo(PlannedAction.KEEP);
        assertThat(heldInvoice.legalBasis()).isEqualTo("Art. 6(1)(b) GDPR");
        assertThat(heldInvoice.holdUntil()).isEqualTo(parse("2027-12-31"));
        assertThat(heldInvoice.erasableFrom()).isEqualTo(parse("2028-01-01"));
        assertThat(heldInvoice.reason()).contains("processing continues on Art. 6(1)(b) GDPR")
                .contains("until 2027-12-31 when its storage period ends, erased from 2028-01-01");
        assertThat(itemFor(plan, businessMail).holdUntil()).isEqualTo(parse("2028-12-31"));
        assertThat(itemFor(plan, businessMail).action()).isEqualTo(PlannedAction.KEEP);
        // the relationship itself (master data, the conference account) serves the contract only while it runs:
        // the assistant says whether it does; ended, the account is erased and the master data restricted until the
        // last record a law keeps about her (the business letter) is erased
        for (Finding relationship : List.of(partner, account)) {
            PlanProposal item = itemFor(plan, relationship);
            assertThat(item.action()).isEqualTo(PlannedAction.KEEP);
            assertThat(item.reasonCode()).isEqualTo(ReasonCode.RELATIONSHIP_CHECK);
            assertThat(item.needsApproval()).isTrue();
        }
        assertThat(itemFor(plan, account).evaluatedAction()).isEqualTo(PlannedAction.ERASE);
        assertThat(itemFor(plan, account).holdUntil()).isNull();
        assertThat(itemFor(plan, partner).evaluatedAction()).isEqualTo(PlannedAction.RESTRICT);
        assertThat(itemFor(plan, partner).holdUntil()).isEqualTo(parse("2028-12-31"));
        assertThat(itemFor(plan, partner).erasableFrom()).isEqualTo(parse("2029-01-01"));
        for (Finding kept : List.of(invoice, businessMail)) {
            assertThat(itemFor(plan, kept).reasonCode()).isEqualTo(ReasonCode.NOT_PROCESSED_ON_CONSENT);
            assertThat(itemFor(plan, kept).needsApproval()).isFalse();
        }
    }

    @Test
    void consentWithdrawalErasesTheMasterDataOfAnEndedRelationshipWhenNoRecordALawKeepsIsLeft() {
        // her last invoice is from 2015: its hold has ended, nothing a law keeps needs her master data any more
        Finding oldInvoice = strong("crm", "crm:invoice:2", "accounting-voucher", "2015-06-10");
        List<PlanProposal> plan = planner.plan(RequestType.CONSENT_WITHDRAWAL, List.of(oldInvoice, partner),
                List.of(), TODAY);

        assertThat(itemFor(plan, oldInvoice).action()).isEqualTo(PlannedAction.ERASE);
        PlanProposal masterData = itemFor(plan, partner);
        assertThat(masterData.reasonCode()).isEqualTo(ReasonCode.RELATIONSHIP_CHECK);
        assertThat(masterData.action()).isEqualTo(PlannedAction.KEEP);
        assertThat(masterData.evaluatedAction()).isEqualTo(PlannedAction.ERASE);
        assertThat(masterData.holdUntil()).isNull();
    }

    @Test
    void objectionAsksWhetherTheRelationshipRunsAsAWithdrawalDoes() {
        List<PlanProposal> plan = planner.plan(RequestType.OBJECTION, List.of(invoice, partner), List.of(), TODAY);

        PlanProposal masterData = itemFor(plan, partner);
        assertThat(masterData.reasonCode()).isEqualTo(ReasonCode.RELATIONSHIP_CHECK);
        assertThat(masterData.needsApproval()).isTrue();
        assertThat(masterData.evaluatedAction()).isEqualTo(PlannedAction.RESTRICT);
        assertThat(masterData.holdUntil()).isEqualTo(itemFor(plan, invoice).holdUntil());
    }

    @Test
    void aLiftGivesTheRelationshipsRecordsBackWithoutAsking() {
        PlanProposal item = planner.atLift(partner, TODAY);

        assertThat(item.action()).isEqualTo(PlannedAction.KEEP);
        assertThat(item.needsApproval()).isFalse();
    }

    @Test
    void consentWithdrawalStripsTheBodyOfAVoucherMailWhoseLetterHoldEndedAndKeepsTheInvoiceUntilItsHoldEnds() {
        // a 2018 mail: the letter's 6 years ended with 2024, the voucher's 8 years (BEG IV) end with 2026
        PlanProposal item = planner.plan(RequestType.CONSENT_WITHDRAWAL,
                List.of(voucherMail("mail:INBOX:1:8", "2018-05-04", "commercial-letter")), List.of(), TODAY).get(0);

        assertThat(item.action()).isEqualTo(PlannedAction.RESTRICT);
        assertThat(item.earlierPart())
                .isEqualTo(new EarlierPart(Finding.PartKind.BODY, "commercial-letter", TODAY));
        assertThat(item.holdUntil()).isEqualTo(parse("2026-12-31"));
        assertThat(item.erasableFrom()).isEqualTo(parse("2027-01-01"));
        assertThat(item.reasonCode()).isEqualTo(ReasonCode.RETENTION_HOLD);
        assertThat(item.needsApproval()).isFalse();
    }

    @Test
    void consentWithdrawalKeepsAVoucherMailWhoseLetterHoldStillRunsEachPartUntilItsOwnHoldEnds() {
        PlanProposal item = planner.plan(RequestType.CONSENT_WITHDRAWAL,
                List.of(voucherMail("mail:Sent:1:5", "2021-03-15", "commercial-letter")), List.of(), TODAY).get(0);

        assertThat(item.action()).isEqualTo(PlannedAction.KEEP);
        assertThat(item.earlierPart())
                .isEqualTo(new EarlierPart(Finding.PartKind.BODY, "commercial-letter", parse("2028-01-01")));
        assertThat(item.holdUntil()).isEqualTo(parse("2029-12-31"));
        assertThat(item.erasableFrom()).isEqualTo(parse("2030-01-01"));
        assertThat(item.reason()).contains("its BODY (commercial-letter) ends on 2027-12-31");
        assertThat(item.reasonCode()).isEqualTo(ReasonCode.NOT_PROCESSED_ON_CONSENT);
    }

    @Test
    void consentWithdrawalKeepsALogWithinItsMaximumStorageUntilThenAndErasesAnOlderOne() {
        // web server logs: at most 2 days (privacy policy), on a legitimate interest
        Finding yesterday = finding("web", "access.log:1", "web-server-log", "2026-11-25", "Art. 6(1)(f) GDPR",
                MatchStrength.STRONG);
        Finding lastWeek = finding("web", "access.log:2", "web-server-log", "2026-11-19", "Art. 6(1)(f) GDPR",
                MatchStrength.STRONG);

        List<PlanProposal> plan = planner.plan(RequestType.CONSENT_WITHDRAWAL, List.of(yesterday, lastWeek),
                List.of(), TODAY);

        assertThat(itemFor(plan, yesterday).action()).isEqualTo(PlannedAction.KEEP);
        assertThat(itemFor(plan, yesterday).erasableFrom()).isEqualTo(parse("2026-11-27"));
        assertThat(itemFor(plan, yesterday).legalBasis()).isEqualTo("Art. 6(1)(f) GDPR");
        assertThat(itemFor(plan, lastWeek).action()).isEqualTo(PlannedAction.ERASE);
        assertThat(itemFor(plan, lastWeek).reasonCode()).isEqualTo(ReasonCode.NO_HOLD);
    }

    @Test
    void consentWithdrawalLeavesAWeakMatchWhosePeriodEndedToTheAssistant() {
        Finding namesake = finding("mail", "mail:INBOX:1:9", "commercial-letter", "2016-01-10", "Art. 6(1)(b) GDPR",
                MatchStrength.WEAK);

        PlanProposal item = planner.plan(RequestType.CONSENT_WITHDRAWAL, List.of(namesake), List.of(), TODAY).get(0);

        assertThat(item.action()).isEqualTo(PlannedAction.KEEP);
        assertThat(item.evaluatedAction()).isEqualTo(PlannedAction.ERASE);
        assertThat(item.reasonCode()).isEqualTo(ReasonCode.WEAK_MATCH_AWAITING_REVIEW);
        assertThat(item.needsApproval()).isTrue();
    }

    @Test
    void consentBasisInTheFindingCountsEvenForAnUnconfiguredCategory() {
        Finding newsletter = finding("mail", "mail:INBOX:1:77", "general-correspondence", "2025-01-01",
                "Art. 6 (1)(a) GDPR", MatchStrength.STRONG);

        PlanProposal item = planner.plan(RequestType.CONSENT_WITHDRAWAL, List.of(newsletter), List.of(), TODAY).get(0);

        assertThat(item.action()).isEqualTo(PlannedAction.ERASE);
    }

    @Test
    void everyItemCarriesItsReasonAsACodeForTheRequestersNotice() {
        List<PlanProposal> plan = planner.plan(RequestType.ERASURE, List.of(invoice, plainMail, partner), List.of(),
                TODAY);

        assertThat(itemFor(plan, invoice).reasonCode()).isEqualTo(ReasonCode.RETENTION_HOLD);
        assertThat(itemFor(plan, plainMail).reasonCode()).isEqualTo(ReasonCode.NO_HOLD);
        assertThat(itemFor(plan, partner).reasonCode()).isEqualTo(ReasonCode.MASTER_DATA_WHILE_HELD);
    }

    @Test
    void consentWithdrawalQuotesNoPlaceholderAsTheLegalBasisOfAFindingWithoutOne() {
        Finding unexplained = finding("crm", "mail_message/9", "commercial-letter", "2025-01-01", null,
                MatchStrength.STRONG);

        PlanProposal item = planner.plan(RequestType.CONSENT_WITHDRAWAL, List.of(unexplained), List.of(), TODAY)
                .get(0);

        assertThat(item.action()).isEqualTo(PlannedAction.KEEP);
        assertThat(item.legalBasis()).isNull();
        assertThat(item.reason()).contains("another legal basis");
        assertThat(item.reasonCode()).isEqualTo(ReasonCode.NOT_PROCESSED_ON_CONSENT);
    }

    private static final String LEGAL_OBLIGATION = "Art. 6(1)(c) GDPR (§147 AO, §257 HGB)";

    @Test
    void consentWithdrawalKeepsARecordUnderALegalObligationUntilItsHoldEndsAndNamesThatDay() {
        Finding heldInvoice = finding("crm", "account_move/21", "accounting-voucher", "2020-03-01", LEGAL_OBLIGATION,
                MatchStrength.STRONG);

        PlanProposal item = planner.plan(RequestType.CONSENT_WITHDRAWAL, List.of(heldInvoice), List.of(), TODAY)
                .get(0);

        assertThat(item.action()).isEqualTo(PlannedAction.KEEP);
        assertThat(item.holdUntil()).isEqualTo(parse("2028-12-31"));
        assertThat(item.erasableFrom()).isEqualTo(parse("2029-01-01"));
        assertThat(item.reason()).contains("until 2028-12-31");
        assertThat(item.reasonCode()).isEqualTo(ReasonCode.NOT_PROCESSED_ON_CONSENT);
    }

    @Test
    void consentWithdrawalErasesARecordKeptOnlyUnderALegalObligationWhoseHoldHasEnded() {
        Finding oldInvoice = finding("crm", "account_move/3", "accounting-voucher", "2015-06-10", LEGAL_OBLIGATION,
                MatchStrength.STRONG);
        Finding oldLetter = finding("mail", "mail:INBOX:1:4", "commercial-letter", "2015-02-01",
                "Art. 6(1)(b) GDPR (contract); kept under " + LEGAL_OBLIGATION, MatchStrength.STRONG);

        List<PlanProposal> plan = planner.plan(RequestType.CONSENT_WITHDRAWAL, List.of(oldInvoice, oldLetter),
                List.of(), TODAY);

        for (Finding ended : List.of(oldInvoice, oldLetter)) {
            PlanProposal item = itemFor(plan, ended);
            assertThat(item.action()).isEqualTo(PlannedAction.ERASE);
            assertThat(item.legalBasis()).isNull();
            assertThat(item.holdUntil()).isNull();
            assertThat(item.reason()).contains("hold has ended").contains("Art. 17(1)(a)");
            assertThat(item.reasonCode()).isEqualTo(ReasonCode.ERASED_AFTER_HOLD);
        }
    }

    @Test
    void consentWithdrawalErasesARecordClaimedForALegalObligationWhoseCategoryHasNoHold() {
        Finding letter = finding("crm", "mail_message/17", "general-correspondence", "2017-05-05", LEGAL_OBLIGATION,
                MatchStrength.STRONG);

        PlanProposal item = planner.plan(RequestType.CONSENT_WITHDRAWAL, List.of(letter), List.of(), TODAY).get(0);

        assertThat(item.action()).isEqualTo(PlannedAction.ERASE);
        assertThat(item.legalBasis()).isNull();
        assertThat(item.reason()).contains("no retention hold").contains("Art. 17(1)(a)");
        assertThat(item.reasonCode()).isEqualTo(ReasonCode.NO_HOLD);
    }
}

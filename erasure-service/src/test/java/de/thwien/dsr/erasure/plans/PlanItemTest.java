package de.thwien.dsr.erasure.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.thwien.dsr.erasure.plans.PlanItem.Approval;
import de.thwien.dsr.erasure.plans.lifecycle.Execution;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.ErasureEvents.PlannedAction;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.Finding;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A plan item changes its state only through its intents, and is erased only with the store's proof. */
class PlanItemTest {

    private static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    private static final LocalDate HOLD = LocalDate.parse("2029-12-31");

    private static final ErasureConfig.Execution EXECUTION = new ErasureConfig.Execution() {
        public String every() {
            return "10s";
        }

        public String delay() {
            return "0s";
        }

        public Duration lease() {
            return Duration.ofMinutes(5);
        }

        public Duration initialBackoff() {
            return Duration.ofSeconds(30);
        }

        public Duration maxBackoff() {
            return Duration.ofHours(1);
        }

        public int batchSize() {
            return 10;
        }

        public int maxRefusals() {
            return 3;
        }
    };

    private static PlanItem planned(PlannedAction action, PlannedAction evaluated, boolean needsApproval) {
        Finding finding = new Finding("crm", "crm:invoice:7", List.of("name"), "accounting-voucher",
                LocalDate.parse("2019-06-10"), "Art. 6(1)(b) GDPR", Finding.MatchStrength.STRONG, "test record");
        boolean restricts = evaluated == PlannedAction.RESTRICT;
        return PlanItem.planned(UUID.randomUUID(), new PlanProposal(finding, finding.store(), finding.reference(),
                finding.retentionCategory(), action, evaluated, restricts ? HOLD : null,
                restricts ? HOLD.plusDays(1) : null, restricts ? "§147 AO" : null, "as planned", ReasonCode.NO_HOLD,
                needsApproval, false), NOW);
    }

    private static PlanItem restricted() {
        PlanItem item = planned(PlannedAction.RESTRICT, PlannedAction.RESTRICT, false);
        item.recordRestricted("restricted in crm", null, NOW);
        return item;
    }

    @Test
    void restrictedVoucherMailTellsWhenItsBodyAndWhenItsAttachmentGo() {
        Finding mail = new Finding("mail", "imap://info/INBOX;UIDVALIDITY=1/;UID=9", List.of("email"),
                "accounting-voucher", LocalDate.parse("2018-03-12"), "Art. 6(1)(b) GDPR", Finding.MatchStrength.STRONG,
                "invoice mail", List.of(new Finding.Part(Finding.PartKind.BODY, "commercial-letter"),
                        new Finding.Part(Finding.PartKind.ATTACHMENTS, "accounting-voucher")));
        PlanItem item = PlanItem.planned(UUID.randomUUID(), new PlanProposal(mail, mail.store(), mail.reference(),
                mail.retentionCategory(), PlannedAction.RESTRICT, PlannedAction.RESTRICT, LocalDate.parse("2026-12-31"),
                LocalDate.parse("2027-01-01"), "§147 AO", "retention hold", ReasonCode.RETENTION_HOLD, false, false,
                new EarlierPart(Finding.PartKind.BODY, "commercial-letter", LocalDate.parse("2025-01-01"))), NOW);
        item.recordRestricted("restricted in mail", null, NOW);

        assertThat(item.toRestrictedRecord().parts()).containsExactly(
                new ErasureEvents.RestrictedPart(Finding.PartKind.BODY, "commercial-letter",
                        LocalDate.parse("2025-01-01"), null),
                new ErasureEvents.RestrictedPart(Finding.PartKind.ATTACHMENTS, "accounting-voucher",
                        LocalDate.parse("2027-01-01"), null));

        item.recordPartErased("body gone", null, NOW.plusSeconds(60));

        assertThat(item.toRestrictedRecord().parts().get(0).erasedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void restrictedRecordThatMovedNamesWhereItWasFoundUntilItsEarlierPartMovesItAgain() {
        String found = "imap://info/INBOX;UIDVALIDITY=1/;UID=9;MID=<a@example.org>";
        String restrictedFolder = "imap://info/Restricted;UIDVALIDITY=5/;UID=3;MID=<a@example.org>";
        String stripped = "imap://info/Restricted;UIDVALIDITY=5/;UID=4;MID=<a@example.org>";
        Finding mail = new Finding("mail", found, List.of("email"), "accounting-voucher",
                LocalDate.parse("2021-03-15"), "Art. 6(1)(b) GDPR", Finding.MatchStrength.STRONG, "invoice mail",
                List.of(new Finding.Part(Finding.PartKind.BODY, "commercial-letter"),
                        new Finding.Part(Finding.PartKind.ATTACHMENTS, "accounting-voucher")));
        PlanItem item = PlanItem.planned(UUID.randomUUID(), new PlanProposal(mail, mail.store(), mail.reference(),
                mail.retentionCategory(), PlannedAction.RESTRICT, PlannedAction.RESTRICT, HOLD, HOLD.plusDays(1),
                "§147 AO", "retention hold", ReasonCode.RETENTION_HOLD, false, false,
                new EarlierPart(Finding.PartKind.BODY, "commercial-letter", LocalDate.parse("2028-01-01"))), NOW);
        item.recordRestricted("restricted in mail", restrictedFolder, NOW);

        assertThat(item.toRestrictedRecord().referenceBefore()).isEqualTo(found);
        assertThat(item.toRestrictedRecord().reference()).isEqualTo(restrictedFolder);
        assertThat(item.toStillRestrictedRecord().referenceBefore()).isEqualTo(found);

        item.recordPartErased("body gone", stripped, NOW.plusSeconds(60));

        // moved again, maybe after its restriction was announced: the index has to look for it
        assertThat(item.toStillRestrictedRecord().reference()).isEqualTo(stripped);
        assertThat(item.toStillRestrictedRecord().moved()).isFalse();
    }

    @Test
    void restrictedRecordThatStayedWhereItWasFoundDoesNotMove() {
        assertThat(restricted().toRestrictedRecord().moved()).isFalse();
        assertThat(restricted().toStillRestrictedRecord().moved()).isFalse();
    }

    @Test
    void restrictedRecordThatIsOneWholeHasNoParts() {
        assertThat(restricted().toRestrictedRecord().parts()).isEmpty();
    }

    @Test
    void itemThatNeedsNoApprovalRunsAtOnce() {
        PlanItem item = planned(PlannedAction.ERASE, PlannedAction.ERASE, false);

        assertThat(item.execution()).isEqualTo(Execution.PENDING);
        assertThat(item.approval()).isEqualTo(Approval.AUTO);
        assertThat(item.nextAttemptAt()).isEqualTo(NOW);
    }

    @Test
    void erasedOnlyWithTheProofTheStoreGave() {
        PlanItem item = planned(PlannedAction.ERASE, PlannedAction.ERASE, false);

        assertThatThrownBy(() -> item.recordErased(null, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> item.recordErased("  ", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(item.execution()).isEqualTo(Execution.PENDING);
        assertThat(item.proof()).isNull();

        item.recordErased("re-queried crm: record gone", NOW);

        assertThat(item.execution()).isEqualTo(Execution.ERASED);
        assertThat(item.proof()).isEqualTo("re-queried crm: record gone");
        assertThat(item.executedAt()).isEqualTo(NOW);
    }

    @Test
    void restrictedRecordIsErasedAfterItsHoldOnlyWithProof() {
        PlanItem item = restricted();

        assertThatThrownBy(() -> item.recordErasedAfterHold("", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(item.execution()).isEqualTo(Execution.RESTRICTED);

        item.recordErasedAfterHold("re-queried crm: record gone", NOW);

        assertThat(item.execution()).isEqualTo(Execution.ERASED);
        assertThat(item.reasonCode()).isEqualTo(ReasonCode.ERASED_AFTER_HOLD);
        assertThat(item.reason()).contains(HOLD.toString());
    }

    @Test
    void restrictedRecordWhoseHoldWasPinnedMeanwhileIsNotReportedErasedAfterItsOldHold() {
        PlanItem item = restricted();
        item.pinUntil(HOLD.plusYears(2), "§147(3) AO: assessment still open", NOW);
        assertThat(item.execution()).isEqualTo(Execution.PENDING);

        assertThatThrownBy(() -> item.recordErasedAfterHold("re-queried crm: record gone", NOW))
                .isInstanceOf(PlanItemConflict.class);
        assertThat(item.execution()).isEqualTo(Execution.PENDING);
        assertThat(item.proof()).isNotEqualTo("re-queried crm: record gone");
    }

    @Test
    void itemWaitingForReviewRunsWhenApprovedAndCannotBeApprovedTwice() {
        PlanItem item = planned(PlannedAction.KEEP, PlannedAction.ERASE, true);
        assertThat(item.execution()).isEqualTo(Execution.AWAITING_APPROVAL);

        item.approve(NOW);

        assertThat(item.execution()).isEqualTo(Execution.PENDING);
        assertThat(item.approval()).isEqualTo(Approval.APPROVED);
        assertThat(item.action()).isEqualTo(PlannedAction.ERASE);
        assertThatThrownBy(() -> item.approve(NOW)).isInstanceOf(PlanItemConflict.class);
        assertThatThrownBy(() -> item.decline(DeclineReason.OTHER, "no")).isInstanceOf(PlanItemConflict.class);
        assertThat(item.execution()).isEqualTo(Execution.PENDING);
        assertThat(item.approval()).isEqualTo(Approval.APPROVED);
    }

    @Test
    void approvedItemWhoseConceptKeepsItIsKeptWithoutRunning() {
        PlanItem item = planned(PlannedAction.KEEP, PlannedAction.KEEP, true);

        item.approve(NOW);

        assertThat(item.execution()).isEqualTo(Execution.KEPT);
        assertThat(item.approval()).isEqualTo(Approval.APPROVED);
    }

    @Test
    void declinedItemIsKeptWithTheAssistantsWords() {
        PlanItem item = planned(PlannedAction.KEEP, PlannedAction.ERASE, true);

        item.decline(DeclineReason.LEGAL_CLAIMS, "the invoice is disputed in court");

        assertThat(item.execution()).isEqualTo(Execution.KEPT);
        assertThat(item.approval()).isEqualTo(Approval.DECLINED);
        assertThat(item.action()).isEqualTo(PlannedAction.KEEP);
        assertThat(item.reason()).isEqualTo("the invoice is disputed in court");
        assertThat(item.reasonCode()).isEqualTo(ReasonCode.LEGAL_CLAIMS);
    }

    @Test
    void failedAttemptLeavesTheItemPendingAndIsNeverReportedErased() {
        PlanItem item = planned(PlannedAction.ERASE, PlannedAction.ERASE, false);
        item.claim(NOW, EXECUTION);

        item.attemptFailed("store error: timeout", NOW, EXECUTION);

        assertThat(item.execution()).isEqualTo(Execution.PENDING);
        assertThat(item.lastError()).isEqualTo("store error: timeout");
        assertThat(item.proof()).isNull();
        assertThat(item.nextAttemptAt()).isAfter(NOW);
    }

    @Test
    void executorCannotClaimAnItemThatDoesNotRun() {
        PlanItem waiting = planned(PlannedAction.KEEP, PlannedAction.ERASE, true);

        assertThatThrownBy(() -> waiting.claim(NOW, EXECUTION)).isInstanceOf(PlanItemConflict.class);
        assertThatThrownBy(() -> waiting.recordErased("gone", NOW)).isInstanceOf(PlanItemConflict.class);
        assertThat(waiting.execution()).isEqualTo(Execution.AWAITING_APPROVAL);
    }

    @Test
    void pinningARestrictedRecordRestrictsItAgainUntilTheNewDate() {
        PlanItem item = restricted();
        LocalDate later = HOLD.plusYears(1);

        item.pinUntil(later, "tax assessment open", NOW);

        assertThat(item.execution()).isEqualTo(Execution.PENDING);
        assertThat(item.holdUntil()).isEqualTo(later);
        assertThat(item.erasableFrom()).isEqualTo(later.plusDays(1));
        assertThat(item.pinnedReason()).isEqualTo("tax assessment open");
        assertThat(item.reasonCode()).isEqualTo(ReasonCode.PINNED_HOLD);
    }

    @Test
    void erasedItemIsFinal() {
        PlanItem item = restricted();
        item.recordErasedAfterHold("re-queried crm: record gone", NOW);

        assertThatThrownBy(() -> item.pinUntil(HOLD.plusYears(1), "too late", NOW))
                .isInstanceOf(PlanItemConflict.class);
        assertThatThrownBy(() -> item.reclassify("commercial-letter", null, NOW))
                .isInstanceOf(PlanItemConflict.class);
        assertThat(item.execution()).isEqualTo(Execution.ERASED);
        assertThat(item.holdUntil()).isEqualTo(HOLD);
        assertThat(item.retentionCategory()).isEqualTo("accounting-voucher");
    }

    @Test
    void storeThatAnsweredLaterSupersedesItsPlaceholder() {
        PlanItem placeholder = PlanItem.planned(UUID.randomUUID(), new PlanProposal(null, "conference", null, null,
                PlannedAction.KEEP, PlannedAction.KEEP, null, null, null, "store unavailable",
                ReasonCode.STORE_UNAVAILABLE, true, false), NOW);
        assertThat(placeholder.waitsForItsStore()).isTrue();

        placeholder.supersede();

        assertThat(placeholder.execution()).isEqualTo(Execution.KEPT);
        assertThat(placeholder.approval()).isEqualTo(Approval.NOT_NEEDED);
        assertThat(placeholder.reasonCode()).isEqualTo(ReasonCode.STORE_SEARCHED_AGAIN);
    }

    @Test
    void itsStateIsWrittenOnlyThroughItsIntents() {
        assertThat(Arrays.stream(PlanItem.class.getDeclaredFields())
                .filter(field -> !field.isSynthetic())
                .filter(field -> !Modifier.isPrivate(field.getModifiers())))
                .extracting(Field::getName)
                .isEmpty();
    }
}

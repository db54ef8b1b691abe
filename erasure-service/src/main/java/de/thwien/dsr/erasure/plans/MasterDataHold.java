package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.events.ErasureEvents.PlannedAction;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Customer master data is restricted while any other record of the same person is on hold, until
 * the last hold ends (LEGAL.md §3). The planner applies the rule when it plans; this keeps a plan's
 * master-data items in line when a decision later changes a hold (reclassified, approved, pinned).
 * A master-data item already erased stays erased; one pinned by the assistant is never shortened.
 */
final class MasterDataHold {

    private MasterDataHold() {
    }

    static boolean isMasterData(PlanEntry entry) {
        return ErasurePlanner.CUSTOMER_MASTER_DATA.equals(entry.retentionCategory);
    }

    /** The other record whose hold ends last: restricted (or about to be), not erased yet. */
    static Optional<PlanEntry> lastHold(List<PlanEntry> entries) {
        return entries.stream()
                .filter(e -> !isMasterData(e) && e.action == PlannedAction.RESTRICT && e.holdUntil != null
                        && e.execution != PlanEntry.Execution.ERASED)
                .max(Comparator.comparing((PlanEntry e) -> e.holdUntil));
    }

    /** Holds the master data until {@code last}'s hold ends; whether anything changed. */
    static boolean holdUntilTheLast(PlanEntry masterData, PlanEntry last, Instant now) {
        if (masterData.execution == PlanEntry.Execution.ERASED || masterData.execution == PlanEntry.Execution.KEPT
                || last.holdUntil.equals(masterData.holdUntil)
                || masterData.pinnedReason != null && masterData.holdUntil.isAfter(last.holdUntil)) {
            return false;
        }
        masterData.holdUntil = last.holdUntil;
        masterData.erasableFrom = last.erasableFrom;
        masterData.legalBasis = "Art. 17(3)(b), 18 GDPR: customer master data is kept while other records of the"
                + " person are on hold (" + last.legalBasis + ")";
        masterData.evaluatedAction = PlannedAction.RESTRICT;
        if (masterData.execution == PlanEntry.Execution.AWAITING_APPROVAL) {
            masterData.reason = "weak match (name only) awaiting review; master data restricted until the last hold"
                    + " ends on " + last.holdUntil;
            masterData.reasonCode = ReasonCode.WEAK_MATCH_AWAITING_REVIEW;
            return true;
        }
        masterData.reason = "master data restricted until the last hold ends on " + last.holdUntil;
        masterData.reasonCode = ReasonCode.MASTER_DATA_WHILE_HELD;
        masterData.action = PlannedAction.RESTRICT;
        if (masterData.execution == PlanEntry.Execution.RESTRICTED) {
            masterData.scheduleNow(now); // restricted again, so the store keeps the new date as well
        }
        return true;
    }

    /** No other record is on hold any more: the master data goes (now, or by the next deferred run). */
    static boolean release(PlanEntry masterData, LocalDate today) {
        if (masterData.evaluatedAction != PlannedAction.RESTRICT || masterData.pinnedReason != null
                || masterData.execution == PlanEntry.Execution.ERASED
                || masterData.execution == PlanEntry.Execution.KEPT) {
            return false;
        }
        masterData.evaluatedAction = PlannedAction.ERASE;
        masterData.legalBasis = null;
        masterData.reason = "no other record of the person is on hold: no retention hold";
        masterData.reasonCode = ReasonCode.NO_HOLD;
        if (masterData.execution == PlanEntry.Execution.RESTRICTED) {
            // restricted in the store already: the deferred erasure takes it at its next run
            masterData.holdUntil = today.minusDays(1);
            masterData.erasableFrom = today;
            return true;
        }
        masterData.holdUntil = null;
        masterData.erasableFrom = null;
        if (masterData.execution == PlanEntry.Execution.PENDING) {
            masterData.action = PlannedAction.ERASE;
        }
        return true;
    }

    static String describe(PlanEntry masterData) {
        return masterData.action + (masterData.holdUntil == null ? "" : " until " + masterData.holdUntil);
    }
}

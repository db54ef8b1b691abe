package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.erasure.plans.lifecycle.Execution;
import de.thwien.dsr.events.RetentionCategory;
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

    static boolean isMasterData(PlanItem entry) {
        return RetentionCategory.CUSTOMER_MASTER_DATA.id().equals(entry.retentionCategory());
    }

    /**
     * The other record whose hold ends last: restricted (or about to be), or kept in use on another basis under its
     * hold (after a withdrawal or an objection), not erased yet.
     */
    static Optional<PlanItem> lastHold(List<PlanItem> entries) {
        return entries.stream()
                .filter(e -> !isMasterData(e) && (e.holdsUntilADate() || e.continuesUnderAHold())
                        && e.execution() != Execution.ERASED)
                .max(Comparator.comparing(PlanItem::holdUntil));
    }

    /** Holds the master data until {@code last}'s hold ends; whether anything changed. */
    static boolean holdUntilTheLast(PlanItem masterData, PlanItem last, Instant now) {
        return masterData.holdUntilTheLast(last, now);
    }

    /** No other record is on hold any more: the master data goes (now, or by the next deferred run). */
    static boolean release(PlanItem masterData, LocalDate today) {
        return masterData.releaseHold(today);
    }

    static String describe(PlanItem masterData) {
        return masterData.action() + (masterData.holdUntil() == null ? "" : " until " + masterData.holdUntil());
    }
}

package de.thwien.dsr.erasure.plans.lifecycle;

import static de.thwien.dsr.erasure.plans.lifecycle.Execution.AWAITING_APPROVAL;
import static de.thwien.dsr.erasure.plans.lifecycle.Execution.ERASED;
import static de.thwien.dsr.erasure.plans.lifecycle.Execution.KEPT;
import static de.thwien.dsr.erasure.plans.lifecycle.Execution.LIFTED;
import static de.thwien.dsr.erasure.plans.lifecycle.Execution.PENDING;
import static de.thwien.dsr.erasure.plans.lifecycle.Execution.REDACTED;
import static de.thwien.dsr.erasure.plans.lifecycle.Execution.RESTRICTED;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;

/**
 * A plan item's lifecycle as a transition table: for each state, which intents are allowed and where they lead.
 * Anything not in the table is forbidden. ERASED is reached only by {@link PlanItemIntent#RECORD_ERASED}, which
 * the item fires only with a proof. Pure Java so it is tested without Quarkus.
 */
public final class PlanItemLifecycle {

    private static final Map<Execution, Map<PlanItemIntent, Execution>> TABLE = new EnumMap<>(Execution.class);

    static {
        allow(AWAITING_APPROVAL, PlanItemIntent.APPROVE, PENDING);
        allow(AWAITING_APPROVAL, PlanItemIntent.APPROVE_KEEPING, KEPT);
        allow(AWAITING_APPROVAL, PlanItemIntent.APPROVE_REDACTION, PENDING);
        allow(AWAITING_APPROVAL, PlanItemIntent.DECLINE, KEPT);
        allow(AWAITING_APPROVAL, PlanItemIntent.SUPERSEDE, KEPT);
        // what was carried out in a store cannot be reclassified; a kept record can
        for (Execution from : EnumSet.of(AWAITING_APPROVAL, PENDING, KEPT)) {
            allow(from, PlanItemIntent.RECLASSIFY, from);
            allow(from, PlanItemIntent.REPLAN_FOR_REVIEW, AWAITING_APPROVAL);
            allow(from, PlanItemIntent.REPLAN_KEEPING, KEPT);
            allow(from, PlanItemIntent.REPLAN_TO_RUN, PENDING);
        }
        allow(PENDING, PlanItemIntent.CLAIM, PENDING);
        allow(PENDING, PlanItemIntent.FAIL_ATTEMPT, PENDING);
        allow(PENDING, PlanItemIntent.RECORD_ERASED, ERASED);
        allow(PENDING, PlanItemIntent.RECORD_RESTRICTED, RESTRICTED);
        allow(PENDING, PlanItemIntent.RECORD_KEPT, KEPT);
        allow(PENDING, PlanItemIntent.RECORD_REDACTED, REDACTED);
        // a restricted record is erased when its hold ends; a part whose hold ends first, before it
        allow(RESTRICTED, PlanItemIntent.RECORD_ERASED, ERASED);
        allow(RESTRICTED, PlanItemIntent.RECORD_PART_ERASED, RESTRICTED);
        // a record kept on its own basis (after a withdrawal or an objection) is erased when its period ends
        allow(KEPT, PlanItemIntent.RECORD_ERASED, ERASED);
        allow(KEPT, PlanItemIntent.RECORD_PART_ERASED, KEPT);
        for (Execution from : EnumSet.of(AWAITING_APPROVAL, PENDING, RESTRICTED)) {
            allow(from, PlanItemIntent.CHANGE_HOLD, from);
        }
        allow(RESTRICTED, PlanItemIntent.RESTRICT_AGAIN, PENDING);
        allow(RESTRICTED, PlanItemIntent.RECORD_LIFTED, LIFTED);
        // the deferred erasure may refuse while the record is restricted again with a new date
        for (Execution from : EnumSet.of(PENDING, RESTRICTED, KEPT)) {
            allow(from, PlanItemIntent.NEED_ATTENTION, from);
        }
    }

    private PlanItemLifecycle() {
    }

    /** The state after {@code intent}, or empty if the intent is not allowed in {@code from}. */
    public static Optional<Execution> next(Execution from, PlanItemIntent intent) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(intent));
    }

    public static boolean allows(Execution from, PlanItemIntent intent) {
        return next(from, intent).isPresent();
    }

    private static void allow(Execution from, PlanItemIntent intent, Execution to) {
        TABLE.computeIfAbsent(from, state -> new EnumMap<>(PlanItemIntent.class)).put(intent, to);
    }
}

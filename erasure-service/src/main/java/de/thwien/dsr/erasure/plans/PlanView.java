package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.events.ErasureEvents.OperatorTaskKind;
import de.thwien.dsr.events.ErasureEvents.PlannedAction;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.ObjectionPurpose;
import de.thwien.dsr.events.RequestType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A case's erasure plan as the assistant sees it, with each item's progress and proof, and the operator tasks its
 * erasures left (open ones without {@code doneAt}).
 */
public record PlanView(String caseId, RequestType requestType, String status, Instant plannedAt,
        Instant completedAt, List<Item> items, List<OperatorTaskView> operatorTasks,
        List<ObjectionDecisionView> objectionDecisions) {

    /**
     * On an objection (Art. 21 GDPR), the assistant's decision on one purpose: STOP or CONTINUE, with her grounds for
     * continuing; every record of the purpose follows it.
     */
    public record ObjectionDecisionView(ObjectionPurpose purpose, ObjectionDecision.Outcome decision, String grounds,
            String decidedBy, Instant decidedAt) {

        static ObjectionDecisionView of(ObjectionDecision decision) {
            return new ObjectionDecisionView(decision.purpose(), decision.decision, decision.grounds,
                    decision.decidedBy, decision.decidedAt);
        }
    }

    /**
     * What the operator has to do on a store's server after the erasure of item {@code itemId} (null: a deletion by
     * routine retention).
     */
    public record OperatorTaskView(long id, Long itemId, String store, OperatorTaskKind kind, String instruction,
            Instant reportedAt, Instant doneAt, String doneBy) {

        public static OperatorTaskView of(OperatorTask task) {
            return new OperatorTaskView(task.id, task.itemId, task.store, task.kind, task.instruction,
                    task.reportedAt, task.doneAt, task.doneBy);
        }
    }

    /**
     * {@code consentBased}: the record is processed on consent (Art. 6(1)(a) GDPR), as the planner judged it.
     * {@code objectionPurpose}: on an objection, the purpose whose decision the record follows (null: none, or not
     * named in this answer). {@code awaitingErasure}: the record stays restricted only until the deferred erasure takes
     * it on {@code erasableFrom}, with no hold of its own (the end of a restriction under Art. 18(1)(c) GDPR, master
     * data released): its {@code holdUntil} is the day before, no hold that runs.
     */
    public record Item(long id, String store, String reference, String retentionCategory, String matchStrength,
            PlannedAction action, LocalDate holdUntil, LocalDate erasableFrom, String legalBasis, String reason,
            ReasonCode reasonCode, String approval, String execution, int attempts, String lastError,
            Instant executedAt, String proof, String pinnedReason, String attention, PartView earlierPart,
            LocalDate retentionStart, boolean consentBased, ObjectionPurpose objectionPurpose,
            boolean awaitingErasure) {

        static Item of(PlanItem e) {
            return of(e, null);
        }

        static Item of(PlanItem e, ObjectionPurpose objectionPurpose) {
            return new Item(e.id(), e.store(), e.reference(), e.retentionCategory(),
                    e.matchStrength() == null ? null : e.matchStrength().name(), e.action(), e.holdUntil(),
                    e.erasableFrom(), e.legalBasis(), e.reason(), e.reasonCode(), e.approval().name(),
                    e.execution().name(), e.attempts(), e.lastError(), e.executedAt(), e.proof(), e.pinnedReason(),
                    e.attention(), e.partKind() == null ? null : new PartView(e.partKind(), e.partCategory(),
                            e.partErasableFrom(), e.partErasedAt(), e.partProof()), e.retentionStart(),
                    e.consentBased(), objectionPurpose, e.keptByNoHold());
        }
    }

    /** The part of an item's record erased before the rest (a mail's body), and when and with what proof it was. */
    public record PartView(Finding.PartKind kind, String retentionCategory, LocalDate erasableFrom, Instant erasedAt,
            String proof) {
    }

    public record AuditView(Long itemId, String actor, String action, String detail, Instant occurredAt) {

        static AuditView of(AuditEntry entry) {
            return new AuditView(entry.itemId, entry.actor, entry.action, entry.detail, entry.occurredAt);
        }
    }

    /** {@code purposeOf}: the objection purpose each item follows, if any. */
    static PlanView of(ErasurePlan plan, List<PlanItem> entries, List<OperatorTask> tasks,
            List<ObjectionDecision> decisions, Function<PlanItem, Optional<ObjectionPurpose>> purposeOf) {
        return new PlanView(plan.caseId.toString(), plan.requestType, plan.status.name(), plan.plannedAt,
                plan.completedAt, entries.stream().map(e -> Item.of(e, purposeOf.apply(e).orElse(null))).toList(),
                tasks.stream().map(OperatorTaskView::of).toList(),
                decisions.stream().map(ObjectionDecisionView::of).toList());
    }
}

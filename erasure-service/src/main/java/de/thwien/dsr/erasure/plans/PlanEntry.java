package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.ErasureEvents.PlannedAction;
import de.thwien.dsr.events.ErasureEvents.ProcessingBasis;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.Finding;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** One item of an erasure plan: a finding, what happens to it and how far it got. */
@Entity
@Table(name = "plan_item")
public class PlanEntry extends RetriedStoreWrite {

    /** Whether the item may run. */
    public enum Approval { AUTO, PENDING, APPROVED, DECLINED, NOT_NEEDED }

    /** How far the item got; only ERASED and RESTRICTED say something was done, and only after proof. */
    public enum Execution {
        /** Waits for the assistant. */
        AWAITING_APPROVAL,
        /** Approved, runs (again) from {@code nextAttemptAt}. */
        PENDING,
        ERASED,
        RESTRICTED,
        /** Nothing is done to it (kept with a reason, or declined). */
        KEPT;

        public boolean settled() {
            return this == ERASED || this == RESTRICTED || this == KEPT;
        }
    }

    @Column(name = "retention_start")
    public LocalDate retentionStart;

    @Column(name = "data_categories")
    public String dataCategories;

    @Column(name = "processing_basis")
    public String processingBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_strength")
    public Finding.MatchStrength matchStrength;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlannedAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "evaluated_action", nullable = false)
    public PlannedAction evaluatedAction;

    @Column(name = "hold_until")
    public LocalDate holdUntil;

    @Column(name = "erasable_from")
    public LocalDate erasableFrom;

    @Column(name = "legal_basis")
    public String legalBasis;

    public String reason;

    /** {@link #reason} as a code, for the requester's notice; null for items planned before it existed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code")
    public ReasonCode reasonCode;

    @Column(name = "consent_based", nullable = false)
    public boolean consentBased;

    @Column(name = "needs_approval", nullable = false)
    public boolean needsApproval;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Approval approval;

    @Column(name = "pinned_reason")
    public String pinnedReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Execution execution;

    @Column(name = "executed_at")
    public Instant executedAt;

    /** Why the assistant has to look at the item (e.g. the store refused its deferred erasure); null: nothing. */
    public String attention;

    public static Uni<List<PlanEntry>> ofCase(UUID caseId) {
        return list("caseId = ?1 order by id", caseId);
    }

    static PlanEntry from(UUID caseId, ProposedItem proposed, Instant now) {
        PlanEntry entry = new PlanEntry();
        entry.caseId = caseId;
        entry.store = proposed.store();
        entry.reference = proposed.reference();
        entry.retentionCategory = proposed.retentionCategory();
        Finding finding = proposed.finding();
        if (finding != null) {
            entry.retentionStart = finding.retentionStart();
            entry.dataCategories = finding.dataCategories() == null ? null : String.join(",", finding.dataCategories());
            entry.processingBasis = finding.legalBasis();
            entry.matchStrength = finding.matchStrength();
        }
        entry.consentBased = proposed.consentBased();
        entry.apply(proposed, now);
        return entry;
    }

    /** Takes over the planner's proposal (again, e.g. after a reclassification). */
    void apply(ProposedItem proposed, Instant now) {
        action = proposed.action();
        evaluatedAction = proposed.evaluatedAction();
        holdUntil = proposed.holdUntil();
        erasableFrom = proposed.erasableFrom();
        legalBasis = proposed.legalBasis();
        reason = proposed.reason();
        reasonCode = proposed.reasonCode();
        needsApproval = proposed.needsApproval();
        if (proposed.needsApproval()) {
            approval = Approval.PENDING;
            execution = Execution.AWAITING_APPROVAL;
        } else if (proposed.action() == PlannedAction.KEEP) {
            approval = Approval.NOT_NEEDED;
            execution = Execution.KEPT;
        } else {
            approval = Approval.AUTO;
            scheduleNow(now);
        }
    }

    void scheduleNow(Instant now) {
        execution = Execution.PENDING;
        nextAttemptAt = now;
        claimedUntil = null;
    }

    /** The finding this item was planned from, as far as it is kept. */
    Finding finding() {
        return new Finding(store, reference,
                dataCategories == null || dataCategories.isBlank() ? List.of() : Arrays.asList(dataCategories.split(",")),
                retentionCategory, retentionStart, processingBasis, matchStrength, null);
    }

    ErasureEvents.PlanItem toEvent() {
        return new ErasureEvents.PlanItem(store, reference, retentionCategory, action, holdUntil, legalBasis, reason,
                needsApproval && approval == Approval.PENDING, retentionStart, reasonCode,
                ProcessingBasis.namedIn(processingBasis));
    }

    ErasureEvents.ErasedRecord toErasedRecord() {
        return new ErasureEvents.ErasedRecord(store, reference, retentionCategory, executedAt, retentionStart);
    }

    ErasureEvents.RestrictedRecord toRestrictedRecord() {
        return new ErasureEvents.RestrictedRecord(store, reference, retentionCategory, legalBasis, holdUntil,
                erasableFrom, retentionStart, reasonCode);
    }
}

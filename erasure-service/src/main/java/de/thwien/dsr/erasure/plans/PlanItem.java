package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.erasure.plans.lifecycle.Execution;
import de.thwien.dsr.erasure.plans.lifecycle.PlanItemIntent;
import de.thwien.dsr.erasure.plans.lifecycle.PlanItemLifecycle;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.ErasureEvents.PlannedAction;
import de.thwien.dsr.events.ErasureEvents.ProcessingBasis;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.RetentionCategory;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One item of an erasure plan (table {@code plan_item}, {@code items} of the API): a finding, what happens to it
 * and how far it got. Its state changes only through its intent methods, each guarded by {@link PlanItemLifecycle};
 * it is reported erased only with the proof the store gave.
 */
@Entity
@Table(name = "plan_item")
public class PlanItem extends RetriedStoreWrite {

    /** Whether the item may run. */
    public enum Approval { AUTO, PENDING, APPROVED, DECLINED, NOT_NEEDED }

    /**
     * Where the planner found the record; {@link #reference()} is where it is now, after restricting moved it (a mail
     * into the restricted folder). Null for items planned before it was kept.
     */
    @Column(name = "found_reference")
    private String foundReference;

    @Column(name = "retention_start")
    private LocalDate retentionStart;

    @Column(name = "data_categories")
    private String dataCategories;

    @Column(name = "processing_basis")
    private String processingBasis;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_strength")
    private Finding.MatchStrength matchStrength;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlannedAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "evaluated_action", nullable = false)
    private PlannedAction evaluatedAction;

    @Column(name = "hold_until")
    private LocalDate holdUntil;

    @Column(name = "erasable_from")
    private LocalDate erasableFrom;

    @Column(name = "legal_basis")
    private String legalBasis;

    private String reason;

    /** {@link #reason} as a code, for the requester's notice; null for items planned before it existed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "reason_code")
    private ReasonCode reasonCode;

    @Column(name = "consent_based", nullable = false)
    private boolean consentBased;

    @Column(name = "needs_approval", nullable = false)
    private boolean needsApproval;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Approval approval;

    @Column(name = "pinned_reason")
    private String pinnedReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Execution execution;

    @Column(name = "executed_at")
    private Instant executedAt;

    /** What the store answered when the item was carried out (for an erasure: re-read, gone). */
    private String proof;

    /** Why the assistant has to look at the item (e.g. the store refused its deferred erasure); null: nothing. */
    private String attention;

    /** A part of the restricted record erased before the rest (a mail's body); null: the record is one whole. */
    @Enumerated(EnumType.STRING)
    @Column(name = "part_kind")
    private Finding.PartKind partKind;

    @Column(name = "part_category")
    private String partCategory;

    @Column(name = "part_erasable_from")
    private LocalDate partErasableFrom;

    @Column(name = "part_erased_at")
    private Instant partErasedAt;

    /** What the store answered when the part was erased (re-read: the part gone, the rest restricted). */
    @Column(name = "part_proof")
    private String partProof;

    public static Uni<List<PlanItem>> ofCase(UUID caseId) {
        return list("caseId = ?1 order by id", caseId);
    }

    /** The item the planner proposed, before anything is done. */
    static PlanItem planned(UUID caseId, PlanProposal proposed, Instant now) {
        PlanItem item = new PlanItem();
        item.target(caseId, proposed.store(), proposed.reference(), proposed.retentionCategory());
        item.foundReference = proposed.reference();
        Finding finding = proposed.finding();
        if (finding != null) {
            item.retentionStart = finding.retentionStart();
            item.dataCategories = finding.dataCategories() == null ? null : String.join(",", finding.dataCategories());
            item.processingBasis = finding.legalBasis();
            item.matchStrength = finding.matchStrength();
        }
        item.consentBased = proposed.consentBased();
        item.execution = stateFor(proposed);
        item.take(proposed, now);
        item.rememberPartsOf(finding);
        return item;
    }

    /**
     * A record in parts whose part is not yet dated by a hold (restricted at her request, kept, awaiting review) keeps
     * its part of another category than the record's, so that the record can be counted in parts later (the end of a
     * restriction under Art. 18(1)(c), a lift): the record's category is the one of the part held longest, the other
     * part's is kept here without a date. One whose earlier part the planner dated keeps that one.
     */
    private void rememberPartsOf(Finding finding) {
        if (partKind != null || finding == null) {
            return;
        }
        finding.parts().stream().filter(part -> !part.retentionCategory().equals(finding.retentionCategory()))
                .findFirst().ifPresent(part -> {
                    partKind = part.kind();
                    partCategory = part.retentionCategory();
                });
    }

    // ---- the assistant's decisions

    /** Approves an item waiting for review: it runs with the action the deletion concept gives, or is kept. */
    void approve(Instant now) {
        if (evaluatedAction == PlannedAction.KEEP) {
            move(PlanItemIntent.APPROVE_KEEPING);
        } else {
            move(PlanItemIntent.APPROVE);
            action = evaluatedAction;
            reason = "approved by the assistant: " + evaluatedAction;
            reasonCode = ReasonCode.APPROVED;
            dueFrom(now);
        }
        approval = Approval.APPROVED;
    }

    /**
     * On a restriction request, the assistant confirmed that a record found by name only is the requester's: it is
     * restricted at her request like her other records, with no end date, and lifted with them.
     */
    void approveRestriction(Instant now) {
        approve(now);
        reason = "the requester's (approved by the assistant): restricted at the requester's request (Art. 18(1)"
                + " GDPR) until the restriction is lifted";
        reasonCode = ReasonCode.RESTRICTION_REQUESTED;
    }

    /**
     * On an objection, the assistant stopped the processing of the item's purpose: it runs with the action the
     * deletion concept gives (erased, or restricted under a hold).
     */
    void stopOnObjection(Instant now) {
        approve(now);
        reason = "objection upheld: " + action;
        reasonCode = ReasonCode.OBJECTION_UPHELD;
    }

    /**
     * On an objection, the assistant confirmed that a record found by name only is the requester's: it now waits, as
     * her other records of its purpose do, for the decision on that purpose; confirming whose it is stops nothing.
     */
    void awaitObjectionDecision() {
        if (execution != Execution.AWAITING_APPROVAL || reasonCode != ReasonCode.WEAK_MATCH_AWAITING_REVIEW) {
            throw new PlanItemConflict("only a name-only match under review can be confirmed as the requester's");
        }
        move(PlanItemIntent.REPLAN_FOR_REVIEW);
        reason = "confirmed as the requester's by the assistant; objection (Art. 21(1) GDPR): awaits the decision on"
                + " its purpose, stop (" + evaluatedAction + ") or continue on compelling legitimate grounds";
        reasonCode = ReasonCode.OBJECTION_AWAITING_DECISION;
    }

    /**
     * Whether an objection's stop has been or is being carried out on the record (erased, restricted, or about to
     * be): a purpose with such a record can no longer continue.
     */
    boolean stoppedInItsStore() {
        boolean changes = action == PlannedAction.ERASE || action == PlannedAction.RESTRICT
                || action == PlannedAction.REDACT;
        return changes && (execution == Execution.PENDING || execution == Execution.ERASED
                || execution == Execution.RESTRICTED || execution == Execution.REDACTED);
    }

    /** On an objection, processing of the item's purpose continues on the compelling grounds she wrote down. */
    void continueOnGrounds(String grounds) {
        move(PlanItemIntent.DECLINE);
        approval = Approval.DECLINED;
        action = PlannedAction.KEEP;
        // her words as she wrote them: the answer quotes them to the requester
        reason = grounds;
        reasonCode = ReasonCode.COMPELLING_GROUNDS;
    }

    /**
     * Instead of erasing a third party's record that names the requester (a name-only match), only her mention is
     * removed: her name and address replaced, the record stays its author's. Only where the deletion concept would
     * erase the record (one under a hold is not changed), and only in a store that can redact: a recording cannot.
     */
    void approveRedaction(boolean storeRedacts, Instant now) {
        if (!PlanItemLifecycle.allows(execution, PlanItemIntent.APPROVE_REDACTION)) {
            throw PlanItemConflict.notAllowed(execution, PlanItemIntent.APPROVE_REDACTION);
        }
        if (matchStrength != Finding.MatchStrength.WEAK) {
            throw new PlanItemConflict("only a name-only match can have its mention removed; her own record is erased");
        }
        if (evaluatedAction != PlannedAction.ERASE) {
            throw new PlanItemConflict("the record is " + evaluatedAction.name().toLowerCase(Locale.ROOT)
                    + " under the deletion concept; only a record that is erased can have a mention removed instead");
        }
        if (!storeRedacts) {
            throw new PlanItemConflict("records of the store " + store()
                    + " cannot be redacted: approve or decline the record as a whole");
        }
        move(PlanItemIntent.APPROVE_REDACTION);
        approval = Approval.APPROVED;
        action = PlannedAction.REDACT;
        reason = "the assistant had only the requester's mention removed from a third party's record";
        reasonCode = ReasonCode.MENTION_REMOVED;
        dueFrom(now);
    }

    /** Declines an item waiting for review: the record is kept, for the reason in her words. */
    void decline(DeclineReason why, String words) {
        boolean relationshipRuns = reasonCode == ReasonCode.RELATIONSHIP_CHECK && why == DeclineReason.OTHER;
        move(PlanItemIntent.DECLINE);
        approval = Approval.DECLINED;
        action = PlannedAction.KEEP;
        // her words as she wrote them: the notice quotes them to the requester (the code says "declined")
        reason = words;
        reasonCode = relationshipRuns ? ReasonCode.RELATIONSHIP_CONTINUES : why.code();
        if (relationshipRuns) {
            // it serves the running contract: no hold's dates, no end while the relationship runs
            evaluatedAction = PlannedAction.KEEP;
            holdUntil = null;
            erasableFrom = null;
            legalBasis = processingBasis;
        }
    }

    /** Another retention category; the planner's proposal for it (null: the plan stays as it is). */
    void reclassify(String category, PlanProposal proposed, Instant now) {
        if (!PlanItemLifecycle.allows(execution, PlanItemIntent.RECLASSIFY) || reference() == null) {
            throw new PlanItemConflict("the item was already carried out or has no record; it cannot be reclassified");
        }
        reclassifyAs(category);
        if (proposed == null && partErasableFrom == null) {
            // the assistant classified the record as a whole: its parts are no longer counted apart
            partKind = null;
            partCategory = null;
        }
        if (proposed != null) {
            Execution next = stateFor(proposed);
            move(next == Execution.AWAITING_APPROVAL ? PlanItemIntent.REPLAN_FOR_REVIEW
                    : next == Execution.KEPT ? PlanItemIntent.REPLAN_KEEPING : PlanItemIntent.REPLAN_TO_RUN);
            take(proposed, now);
        }
    }

    /**
     * Whether the item keeps a record a law makes us keep, in use on another basis than the request reached (after a
     * withdrawal or an objection), until its hold ends: master data stays as long, or the record is no longer hers.
     */
    boolean continuesUnderAHold() {
        return execution == Execution.KEPT && holdUntil != null
                && (reasonCode == ReasonCode.NOT_PROCESSED_ON_CONSENT
                        || reasonCode == ReasonCode.NOT_PROCESSED_ON_LEGITIMATE_INTEREST)
                && RetentionCategory.find(retentionCategory()).map(RetentionCategory::heldByLaw).orElse(false);
    }

    /**
     * A record a withdrawal or an objection does not reach, kept in use on its own basis until its storage period
     * ends: the deferred erasure erases it then, on the day the answer gives (Art. 5(1)(e) GDPR). Only a record
     * certainly hers: a name-only match is not erased through her case.
     */
    boolean erasedWhenItsPeriodEnds() {
        return execution == Execution.KEPT && erasableFrom != null && matchStrength != Finding.MatchStrength.WEAK
                && (reasonCode == ReasonCode.NOT_PROCESSED_ON_CONSENT
                        || reasonCode == ReasonCode.NOT_PROCESSED_ON_LEGITIMATE_INTEREST);
    }

    /** Whether the item restricts a record until a date: only such a hold can be pinned. */
    boolean holdsUntilADate() {
        return action == PlannedAction.RESTRICT && holdUntil != null;
    }

    /** §147(3) AO: keeps the restricted record until {@code until}, later than its computed hold. */
    void pinUntil(LocalDate until, String why, Instant now) {
        if (!holdsUntilADate()) {
            throw new PlanItemConflict("only a restricted item can be pinned");
        }
        restrictUntil(until, until.plusDays(1), now);
        pinnedReason = why;
        reason = "hold pinned until " + until + " by the assistant: " + why;
        reasonCode = ReasonCode.PINNED_HOLD;
    }

    /** A store that could not be searched answered later: its records are planned as items of their own. */
    void supersede() {
        move(PlanItemIntent.SUPERSEDE);
        approval = Approval.NOT_NEEDED;
        reason = "store searched again; its records are planned as items of their own";
        reasonCode = ReasonCode.STORE_SEARCHED_AGAIN;
    }

    /** Whether this is the placeholder of a store that could not be searched, still waiting. */
    boolean waitsForItsStore() {
        return reference() == null && execution == Execution.AWAITING_APPROVAL;
    }

    // ---- master data following the last hold (see MasterDataHold)

    /** Holds this master data until {@code last}'s hold ends; whether anything changed. */
    boolean holdUntilTheLast(PlanItem last, Instant now) {
        if (execution == Execution.ERASED || execution == Execution.KEPT
                || last.holdUntil.equals(holdUntil)
                || pinnedReason != null && holdUntil.isAfter(last.holdUntil)) {
            return false;
        }
        move(PlanItemIntent.CHANGE_HOLD);
        holdUntil = last.holdUntil;
        erasableFrom = last.erasableFrom;
        legalBasis = "Art. 17(3)(b), 18 GDPR: customer master data is kept while other records of the"
                + " person are on hold (" + last.legalBasis + ")";
        evaluatedAction = PlannedAction.RESTRICT;
        if (execution == Execution.AWAITING_APPROVAL && reasonCode == ReasonCode.RELATIONSHIP_CHECK) {
            reason = ErasurePlanner.relationshipQuestion("restricted until the last hold ends on " + last.holdUntil);
            return true;
        }
        if (execution == Execution.AWAITING_APPROVAL) {
            reason = "weak match (name only) awaiting review; master data restricted until the last hold"
                    + " ends on " + last.holdUntil;
            reasonCode = ReasonCode.WEAK_MATCH_AWAITING_REVIEW;
            return true;
        }
        reason = "master data restricted until the last hold ends on " + last.holdUntil;
        reasonCode = ReasonCode.MASTER_DATA_WHILE_HELD;
        action = PlannedAction.RESTRICT;
        if (execution == Execution.RESTRICTED) {
            restrictAgain(now); // so the store keeps the new date as well
        }
        return true;
    }

    /** No other record is on hold any more: this master data goes (now, or by the next deferred run). */
    boolean releaseHold(LocalDate today) {
        if (evaluatedAction != PlannedAction.RESTRICT || pinnedReason != null
                || execution == Execution.ERASED || execution == Execution.KEPT) {
            return false;
        }
        move(PlanItemIntent.CHANGE_HOLD);
        evaluatedAction = PlannedAction.ERASE;
        legalBasis = null;
        if (execution == Execution.AWAITING_APPROVAL) {
            // still waiting for the assistant, for the question it waits on: only what approving it does changed
            holdUntil = null;
            erasableFrom = null;
            reason = reasonCode == ReasonCode.RELATIONSHIP_CHECK
                    ? ErasurePlanner.relationshipQuestion("ERASE")
                    : "weak match (name only) awaiting review; if it is the person: ERASE (no other record of the"
                            + " person is on hold)";
            return true;
        }
        reason = "no other record of the person is on hold: no retention hold";
        reasonCode = ReasonCode.NO_HOLD;
        if (execution == Execution.RESTRICTED) {
            // restricted in the store already: the deferred erasure takes it at its next run
            holdUntil = today.minusDays(1);
            erasableFrom = today;
            return true;
        }
        holdUntil = null;
        erasableFrom = null;
        if (execution == Execution.PENDING) {
            action = PlannedAction.ERASE;
        }
        return true;
    }

    // ---- the executor

    @Override
    public void claim(Instant now, ErasureConfig.Execution config) {
        move(PlanItemIntent.CLAIM);
        super.claim(now, config);
    }

    @Override
    public void attemptFailed(String error, Instant now, ErasureConfig.Execution config) {
        move(PlanItemIntent.FAIL_ATTEMPT);
        super.attemptFailed(error, now, config);
    }

    /** The store erased the record; {@code proof} is what it answered when re-read (gone). */
    void recordErased(String proof, Instant now) {
        requireProof(proof);
        move(PlanItemIntent.RECORD_ERASED);
        attemptSucceeded(proof, now);
    }

    /**
     * The store restricted the record; {@code referenceAfter} is where it is now if it moved (a mail into the
     * restricted folder), so lifting and the deferred erasure find it there.
     */
    void recordRestricted(String proof, String referenceAfter, Instant now) {
        recordRestricted(proof, referenceAfter, holdUntil, now);
    }

    /**
     * The store restricted the record until {@code restrictedUntil}, the hold the item had when it was claimed. If
     * the hold moved while the store call ran (the assistant pinned it), the record is restricted again, so the
     * store keeps the new date too: neither the pin nor the executor's result is lost.
     */
    void recordRestricted(String proof, String referenceAfter, LocalDate restrictedUntil, Instant now) {
        recordRestricted(proof, referenceAfter, null, null, restrictedUntil, now);
    }

    /**
     * As {@link #recordRestricted(String, String, LocalDate, Instant)}, with the earlier part whose hold had already
     * ended erased in the same run ({@code partProof}, null: not erased), the rest at {@code partReferenceAfter} if it
     * moved (a stripped mail is a new message). The item's proof names both steps.
     */
    void recordRestricted(String proof, String referenceAfter, String partProof, String partReferenceAfter,
            LocalDate restrictedUntil, Instant now) {
        move(PlanItemIntent.RECORD_RESTRICTED);
        attemptSucceeded(proof, now);
        if (referenceAfter != null) {
            relocate(referenceAfter);
        }
        if (partProof != null) {
            recordPartErased(partProof, partReferenceAfter, now);
            this.proof = proof + "; " + partKind + " (" + partCategory + ") erased at once, its hold had ended: "
                    + partProof;
        }
        if (!Objects.equals(restrictedUntil, holdUntil)) {
            restrictAgain(now);
        }
    }

    /**
     * The store replaced the record by a copy without her mention; {@code proof} is its re-read (the original gone,
     * the copy naming her no more) with the copy's reference.
     */
    void recordRedacted(String proof, Instant now) {
        requireProof(proof);
        move(PlanItemIntent.RECORD_REDACTED);
        attemptSucceeded(proof, now);
    }

    /**
     * The store lifted the restriction she asked for ({@code proof}: its answer), after the Art. 18(3) notice went
     * out; {@code referenceAfter}: where the record is now if lifting moved it back (a mail into its folder).
     */
    void recordLifted(String proof, String referenceAfter, Instant now) {
        requireProof(proof);
        if (reasonCode != ReasonCode.RESTRICTION_REQUESTED) {
            throw new PlanItemConflict("only a restriction the requester asked for is lifted; a retention hold ends"
                    + " with its erasure");
        }
        move(PlanItemIntent.RECORD_LIFTED);
        if (referenceAfter != null) {
            relocate(referenceAfter);
        }
        this.proof = proof;
        executedAt = now;
        reason = "restriction lifted after the requester was told (Art. 18(3) GDPR)";
    }

    /**
     * The restriction she asked for under Art. 18(1)(c) ended (she no longer needs the data for legal claims, and we
     * did not either) and no retention hold keeps the record: it is erased (Art. 17(1)(a) GDPR) as a record whose
     * hold ended yesterday, by the deferred erasure's next run, with its proof. Nothing changes in the store before.
     */
    void eraseAfterLegalClaims(LocalDate today) {
        // a record of a category a law keeps whose hold has ended is not one "with no retention duty"
        boolean holdEnded = RetentionCategory.find(retentionCategory()).map(RetentionCategory::heldByLaw)
                .orElse(false);
        // the reason's code is what her notice and the case page word; this is the assistant's audit detail
        eraseInsteadOfLift(today, "restriction for legal claims ended, the requester no longer needs the data: "
                + (holdEnded ? "its retention hold has ended" : "no retention hold") + ", erased",
                holdEnded ? ReasonCode.ERASED_AFTER_HOLD : ReasonCode.NO_HOLD);
    }

    /**
     * The restriction she asked for on another ground is lifted, but the record's storage period ended while it was
     * restricted ({@code evaluated}: the deletion concept's erasure, {@link ErasurePlanner#atLift}): erased from today
     * by the deferred erasure instead of going back into use.
     */
    void eraseForItsPeriodEndedAtLift(LocalDate today, PlanProposal evaluated) {
        eraseInsteadOfLift(today, "restriction lifted, but " + evaluated.reason(), evaluated.reasonCode());
    }

    private void eraseInsteadOfLift(LocalDate today, String why, ReasonCode code) {
        requireRestrictedAtHerRequest();
        move(PlanItemIntent.CHANGE_HOLD);
        evaluatedAction = PlannedAction.ERASE;
        holdUntil = today.minusDays(1);
        erasableFrom = today;
        legalBasis = null;
        reason = why;
        reasonCode = code;
    }

    /**
     * The restriction she asked for under Art. 18(1)(c) ended, but a retention hold keeps the record ({@code
     * evaluated}: the deletion concept's proposal, a hold or her master data held alongside): it stays restricted under
     * that hold, used only to meet the duty, and is erased when it ends. The store keeps it restricted as it is.
     */
    void holdAfterLegalClaims(PlanProposal evaluated) {
        requireRestrictedAtHerRequest();
        if (evaluated.action() != PlannedAction.RESTRICT || evaluated.holdUntil() == null) {
            throw new PlanItemConflict("only a record a retention hold keeps stays restricted after the restriction"
                    + " under Art. 18(1)(c) GDPR ended");
        }
        move(PlanItemIntent.CHANGE_HOLD);
        evaluatedAction = PlannedAction.RESTRICT;
        holdUntil = evaluated.holdUntil();
        erasableFrom = evaluated.erasableFrom();
        legalBasis = evaluated.legalBasis();
        reason = "restriction on Art. 18(1)(c) GDPR ended, the requester no longer needs it for legal claims; "
                + evaluated.reason();
        reasonCode = evaluated.reasonCode();
        erasesFirst(evaluated.earlierPart());
    }

    /**
     * The restriction she asked for is lifted on another ground than 18(1)(c), and the record goes back into use, but
     * its {@code part} has no purpose left (its own storage period ended, {@link ErasurePlanner#atLift}): it is erased
     * before the lift. Null: the record goes back whole.
     */
    void erasePartBeforeLift(EarlierPart part) {
        requireRestrictedAtHerRequest();
        erasesFirst(part);
    }

    /**
     * The part of the record erased before the rest, dated by its own hold ({@code part}, null: none is): the deferred
     * erasure erases it from that day (today when its hold has ended or it has none), the rest when its hold ends.
     */
    private void erasesFirst(EarlierPart part) {
        if (part == null || partErasedAt != null) {
            return;
        }
        partKind = part.kind();
        partCategory = part.retentionCategory();
        partErasableFrom = part.erasableFrom();
    }

    private void requireRestrictedAtHerRequest() {
        if (!restrictedAtHerRequest()) {
            throw new PlanItemConflict("only a restriction the requester asked for that is in force ends with her"
                    + " legal claims");
        }
    }

    /** Whether the item is a restriction she asked for that is in force in its store now. */
    boolean restrictedAtHerRequest() {
        return execution == Execution.RESTRICTED && reasonCode == ReasonCode.RESTRICTION_REQUESTED;
    }

    /** The item ran with nothing to do in the store. */
    void recordKept(String proof, Instant now) {
        move(PlanItemIntent.RECORD_KEPT);
        attemptSucceeded(proof, now);
    }

    /**
     * The restricted record was erased when its hold ended; {@code proof} is the re-query of the store. Only a record
     * still restricted: one whose hold was changed meanwhile (restricted again) was not erased after the old hold.
     */
    void recordErasedAfterHold(String proof, Instant now) {
        requireProof(proof);
        if (execution != Execution.RESTRICTED && !erasedWhenItsPeriodEnds()) {
            throw PlanItemConflict.notAllowed(execution, PlanItemIntent.RECORD_ERASED);
        }
        LocalDate holdEnded = holdUntil;
        boolean noHold = keptByNoHold();
        move(PlanItemIntent.RECORD_ERASED);
        executedAt = now;
        // both steps of a record erased part by part: its earlier part, then the rest
        this.proof = partErasedAt == null ? proof
                : partKind + " (" + partCategory + ") erased when its hold ended: " + partProof
                        + "; the rest erased when its hold ended: " + proof;
        // a record no hold kept (released master data, the end of a restriction on 18(1)(c)) had no hold to end
        reason = noHold ? "erased: no retention hold keeps it"
                : "erased after the retention hold ended on " + holdEnded;
        // one that never had a hold (a general letter at the end of an 18(1)(c) restriction) is not said to end one
        reasonCode = noHold && reasonCode == ReasonCode.NO_HOLD ? ReasonCode.NO_HOLD : ReasonCode.ERASED_AFTER_HOLD;
    }

    /**
     * The part whose hold ended first was erased; the rest stays restricted, at {@code referenceAfter} if it moved (a
     * stripped mail is a new message). {@code proof} is the re-query of the store.
     */
    void recordPartErased(String proof, String referenceAfter, Instant now) {
        requireProof(proof);
        if (partKind == null || partErasedAt != null) {
            throw new PlanItemConflict("the item has no part left to erase before the rest");
        }
        move(PlanItemIntent.RECORD_PART_ERASED);
        if (referenceAfter != null) {
            relocate(referenceAfter);
        }
        partErasedAt = now;
        partProof = proof;
    }

    /**
     * Whether the record is restricted only until the deferred erasure takes it, with no hold of its own: the deletion
     * concept says erase (master data released when no other record is held any more, the end of a restriction under
     * Art. 18(1)(c)).
     */
    boolean keptByNoHold() {
        return execution == Execution.RESTRICTED && evaluatedAction == PlannedAction.ERASE;
    }

    /** The part still to be erased before the rest, if any: only one a hold dated (not one merely remembered). */
    EarlierPart earlierPart() {
        return partKind == null || partErasedAt != null || partErasableFrom == null ? null
                : new EarlierPart(partKind, partCategory, partErasableFrom);
    }

    /** The store refused for good to erase the record after its hold; it stays restricted until she resolves it. */
    void needsAttention(String error, int attempts) {
        move(PlanItemIntent.NEED_ATTENTION);
        failedFor(error);
        attention = "the store refused to erase the record after its " + (execution == Execution.KEPT
                ? "storage period" : "hold") + " ended (" + attempts + " attempts); it stays " + (execution
                == Execution.KEPT ? "as it is" : "restricted") + " until the assistant resolves it: " + error;
    }

    /**
     * The store refused the item's write for good {@code attempts} times: it is not tried again, the assistant
     * resolves it (the record is as it was: not erased, not restricted).
     */
    void refusedForGood(String error) {
        move(PlanItemIntent.NEED_ATTENTION);
        failedFor(error);
        noFurtherAttempt();
        attention = "the store refused to " + action.name().toLowerCase(Locale.ROOT) + " the record ("
                + attempts() + " attempts); it is not tried again until the assistant resolves it: " + error;
    }

    /** Whether the executor's result still belongs to the item: the assistant may have changed it meanwhile. */
    boolean stillRuns(PlannedAction attempted) {
        return execution == Execution.PENDING && action == attempted;
    }

    // ---- reading

    /**
     * The case's other items of the same store that are not to be erased (restricted, kept, or still waiting for the
     * assistant): erasing a record must not take one of them with it (an account's recordings). {@code today}: on an
     * erasure after a hold, the restricted items whose own hold has ended too are erased as well, not spared (null:
     * none is).
     */
    static Set<String> spared(PlanItem entry, List<PlanItem> all, LocalDate today) {
        Set<String> spared = new TreeSet<>();
        for (PlanItem other : all) {
            // a placeholder for a store not searched has no reference
            boolean sameStore = !other.id().equals(entry.id()) && other.caseId().equals(entry.caseId())
                    && other.store().equals(entry.store()) && other.reference() != null;
            boolean dueToo = today != null && other.action() == PlannedAction.RESTRICT
                    && other.erasableFrom() != null && !other.erasableFrom().isAfter(today);
            if (sameStore && other.execution() != Execution.ERASED && !dueToo
                    && (other.action() != PlannedAction.ERASE || other.approval() == Approval.PENDING)) {
                spared.add(other.reference());
            }
        }
        return spared;
    }

    public Execution execution() {
        return execution;
    }

    /** Where the planner found the record (null for items planned before it was kept). */
    public String foundReference() {
        return foundReference;
    }

    /** The record's date (its document's, that starts its retention), so a page can say what the record is. */
    public LocalDate retentionStart() {
        return retentionStart;
    }

    public Approval approval() {
        return approval;
    }

    public PlannedAction action() {
        return action;
    }

    public PlannedAction evaluatedAction() {
        return evaluatedAction;
    }

    public LocalDate holdUntil() {
        return holdUntil;
    }

    public LocalDate erasableFrom() {
        return erasableFrom;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String reason() {
        return reason;
    }

    public ReasonCode reasonCode() {
        return reasonCode;
    }

    public String pinnedReason() {
        return pinnedReason;
    }

    public Instant executedAt() {
        return executedAt;
    }

    public String proof() {
        return proof;
    }

    public String attention() {
        return attention;
    }

    public Finding.MatchStrength matchStrength() {
        return matchStrength;
    }

    public String processingBasis() {
        return processingBasis;
    }

    public boolean consentBased() {
        return consentBased;
    }

    public Finding.PartKind partKind() {
        return partKind;
    }

    public String partCategory() {
        return partCategory;
    }

    public LocalDate partErasableFrom() {
        return partErasableFrom;
    }

    public Instant partErasedAt() {
        return partErasedAt;
    }

    public String partProof() {
        return partProof;
    }

    // ---- inside

    private void move(PlanItemIntent intent) {
        execution = PlanItemLifecycle.next(execution, intent)
                .orElseThrow(() -> PlanItemConflict.notAllowed(execution, intent));
    }

    private void attemptSucceeded(String proof, Instant now) {
        attemptSucceeded();
        this.proof = proof;
        executedAt = now;
    }

    private void restrictUntil(LocalDate until, LocalDate erasable, Instant now) {
        move(PlanItemIntent.CHANGE_HOLD);
        holdUntil = until;
        erasableFrom = erasable;
        if (execution == Execution.RESTRICTED) {
            // the store keeps the hold date too (mail keyword, restriction row): restrict it again
            restrictAgain(now);
        }
    }

    private void restrictAgain(Instant now) {
        move(PlanItemIntent.RESTRICT_AGAIN);
        dueFrom(now);
    }

    private static Execution stateFor(PlanProposal proposed) {
        if (proposed.needsApproval()) {
            return Execution.AWAITING_APPROVAL;
        }
        return proposed.action() == PlannedAction.KEEP ? Execution.KEPT : Execution.PENDING;
    }

    /** Takes over the planner's proposal; the state is already moved to {@link #stateFor}. */
    private void take(PlanProposal proposed, Instant now) {
        action = proposed.action();
        evaluatedAction = proposed.evaluatedAction();
        holdUntil = proposed.holdUntil();
        erasableFrom = proposed.erasableFrom();
        legalBasis = proposed.legalBasis();
        reason = proposed.reason();
        reasonCode = proposed.reasonCode();
        needsApproval = proposed.needsApproval();
        EarlierPart part = proposed.earlierPart();
        partKind = part == null ? null : part.kind();
        partCategory = part == null ? null : part.retentionCategory();
        partErasableFrom = part == null ? null : part.erasableFrom();
        if (proposed.needsApproval()) {
            approval = Approval.PENDING;
        } else if (proposed.action() == PlannedAction.KEEP) {
            approval = Approval.NOT_NEEDED;
        } else {
            approval = Approval.AUTO;
            dueFrom(now);
        }
    }

    /** The finding this item was planned from, as far as it is kept. */
    Finding finding() {
        return new Finding(store(), reference(),
                dataCategories == null || dataCategories.isBlank() ? List.of() : Arrays.asList(dataCategories.split(",")),
                retentionCategory(), retentionStart, processingBasis, matchStrength, null, partsLeft());
    }

    /**
     * The parts of a record in parts that are still there: the part kept apart with its category and the rest with
     * the record's; none for a record that is one whole, or whose part was erased already (the rest is one whole).
     */
    private List<Finding.Part> partsLeft() {
        if (partKind == null || partErasedAt != null) {
            return List.of();
        }
        List<Finding.Part> parts = new ArrayList<>();
        for (Finding.PartKind kind : Finding.PartKind.values()) {
            parts.add(new Finding.Part(kind, kind == partKind ? partCategory : retentionCategory()));
        }
        return parts;
    }

    ErasureEvents.PlanItem toEvent() {
        return new ErasureEvents.PlanItem(store(), reference(), retentionCategory(), action, holdUntil, legalBasis,
                reason, needsApproval && approval == Approval.PENDING, retentionStart, reasonCode, processingBases());
    }

    /** The Art. 6(1) bases the record is processed on: as its store states them, and (c) while a law holds it. */
    List<ProcessingBasis> processingBases() {
        return ProcessingBasis.ofRecord(processingBasis, heldByLaw());
    }

    /**
     * Whether a statutory hold keeps the record (LEGAL.md §3): it has a hold date and is of a category a law requires
     * us to keep, or it is master data kept while such a hold runs. A log kept until its maximum storage is not.
     */
    boolean heldByLaw() {
        return holdUntil != null && RetentionCategory.find(retentionCategory())
                .map(category -> category.heldByLaw() || category == RetentionCategory.CUSTOMER_MASTER_DATA)
                .orElse(false);
    }

    /** {@code storagePeriodEnded}: erased because its storage period had ended, not because of the request. */
    ErasureEvents.ErasedRecord toErasedRecord(boolean storagePeriodEnded) {
        return new ErasureEvents.ErasedRecord(store(), reference(), retentionCategory(), executedAt, retentionStart,
                storagePeriodEnded);
    }

    /** A third party's record from which her mention was removed: when, and which record (not whose). */
    ErasureEvents.ErasedRecord toRedactedRecord() {
        return new ErasureEvents.ErasedRecord(store(), reference(), retentionCategory(), executedAt, retentionStart);
    }

    /** The restricted record as its plan's completion announces it: where it was found, if restricting moved it. */
    ErasureEvents.RestrictedRecord toRestrictedRecord() {
        return restrictedRecord(foundReference);
    }

    /**
     * The record still restricted when another record's hold ended. One whose earlier part was erased has moved again
     * (a stripped mail is a new message), maybe after its restriction was announced: its earlier place is not named,
     * so the subject index finds it by a full crawl.
     */
    ErasureEvents.RestrictedRecord toStillRestrictedRecord() {
        return restrictedRecord(partErasedAt == null ? foundReference : null);
    }

    /**
     * The record restricted at her request as it goes back into use at a lift ({@code evaluated}: {@link
     * ErasurePlanner#atLift}): a record in parts names its part erased before the lift, the rest without a date.
     */
    ErasureEvents.RestrictedRecord liftedAs(PlanProposal evaluated) {
        return new ErasureEvents.RestrictedRecord(store(), reference(), retentionCategory(), legalBasis, holdUntil,
                erasableFrom, retentionStart, reasonCode, restrictedParts(evaluated.earlierPart(), null, null),
                foundReference);
    }

    /**
     * The record restricted at her request as the deletion concept would now have it ({@code evaluated}): to be erased
     * (no dates, {@link ReasonCode#NO_HOLD}), or kept under its hold with its basis and dates.
     */
    ErasureEvents.RestrictedRecord restrictedRecordAs(PlanProposal evaluated) {
        return new ErasureEvents.RestrictedRecord(store(), reference(), retentionCategory(), evaluated.legalBasis(),
                evaluated.holdUntil(), evaluated.erasableFrom(), retentionStart, evaluated.reasonCode(),
                restrictedParts(evaluated.earlierPart(), null, evaluated.erasableFrom()), foundReference);
    }

    private ErasureEvents.RestrictedRecord restrictedRecord(String referenceBefore) {
        return new ErasureEvents.RestrictedRecord(store(), reference(), retentionCategory(), legalBasis, holdUntil,
                erasableFrom, retentionStart, reasonCode, restrictedParts(), referenceBefore);
    }

    /**
     * What happens to each part of a record erased part by part, so the requester is told per part: the part erased
     * first with its own date, the rest (the other part) with the record's; none for a record that is one whole.
     */
    private List<ErasureEvents.RestrictedPart> restrictedParts() {
        return restrictedParts(partKind == null || partErasableFrom == null ? null
                : new EarlierPart(partKind, partCategory, partErasableFrom), partErasedAt, erasableFrom);
    }

    /**
     * The parts of a record whose {@code earlier} part goes first (erased at {@code earlierErasedAt}, null: not yet),
     * the rest with the record's category from {@code restErasableFrom}; none when no part goes first.
     */
    private List<ErasureEvents.RestrictedPart> restrictedParts(EarlierPart earlier, Instant earlierErasedAt,
            LocalDate restErasableFrom) {
        if (earlier == null) {
            return List.of();
        }
        List<ErasureEvents.RestrictedPart> parts = new ArrayList<>();
        for (Finding.PartKind kind : Finding.PartKind.values()) {
            parts.add(kind == earlier.kind()
                    ? new ErasureEvents.RestrictedPart(kind, earlier.retentionCategory(), earlier.erasableFrom(),
                            earlierErasedAt)
                    : new ErasureEvents.RestrictedPart(kind, retentionCategory(), restErasableFrom, null));
        }
        return parts;
    }
}

package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.connectors.stores.StoreCapability;
import de.thwien.dsr.erasure.plans.lifecycle.Execution;
import de.thwien.dsr.erasure.stores.RecordStores;
import de.thwien.dsr.erasure.retention.rules.RetentionPolicy;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.ObjectionPurpose;
import de.thwien.dsr.events.RequestType;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The assistant's decisions on plan items; each one audited in its own transaction. */
@ApplicationScoped
public class PlanDecisions {

    private final ErasurePlanning planning;
    private final RetentionPolicy policy;
    private final PlanCompletion completion;
    private final Clock clock;
    private final PlanPerson planPerson;
    private final RecordStores stores;

    public PlanDecisions(ErasurePlanning planning, RetentionPolicy policy, PlanCompletion completion, Clock clock,
            PlanPerson planPerson, RecordStores stores) {
        this.stores = stores;
        this.planning = planning;
        this.policy = policy;
        this.completion = completion;
        this.clock = clock;
        this.planPerson = planPerson;
    }

    /**
     * Approves an item waiting for review: it runs with the action the deletion concept gives. On an objection, a
     * name-only match of a purpose she decides on is only confirmed as the requester's: it follows the decision on
     * its purpose, taken already or still to come; approving it never stops a purpose by itself.
     */
    @WithTransaction
    public Uni<PlanItem> approve(UUID caseId, long itemId, String actor) {
        return ErasurePlan.<ErasurePlan>findById(caseId, LockModeType.PESSIMISTIC_WRITE)
                .chain(plan -> item(caseId, itemId).chain(entry -> {
                    Instant now = clock.instant();
                    Optional<ObjectionPurpose> purpose = decidedPerPurpose(plan, entry);
                    if (purpose.isPresent() && entry.reasonCode() == ReasonCode.WEAK_MATCH_AWAITING_REVIEW) {
                        return ObjectionDecision.on(caseId, purpose.get()).chain(decision -> {
                            if (decision == null) {
                                entry.awaitObjectionDecision();
                                return audit(entry, actor, "APPROVED",
                                        "the requester's: awaits the decision on " + purpose.get(), now)
                                        .replaceWithVoid();
                            }
                            return follow(decision, List.of(entry), actor, now);
                        }).replaceWith(entry);
                    }
                    if (plan.requestType == RequestType.RESTRICTION) {
                        // hers, so restricted at her request with the others, not under a hold of its own
                        entry.approveRestriction(now);
                    } else {
                        entry.approve(now);
                    }
                    return masterDataFollowsTheLastHold(entry, actor, now)
                            .chain(() -> audit(entry, actor, "APPROVED", "approved: " + entry.action(), now));
                }));
    }

    /**
     * A name-only match that is a third party's record naming her: only her mention is removed (name and address
     * replaced), the record stays. Needs the name she is found by (none once the case's key is shredded).
     */
    @WithTransaction
    public Uni<PlanItem> redact(UUID caseId, long itemId, String actor) {
        return item(caseId, itemId).chain(entry -> ErasurePlan.<ErasurePlan>findById(caseId)
                .chain(planPerson::open).chain(person -> {
            if (person.name() == null || person.name().isBlank()) {
                throw new InvalidDecision("the case names no person whose mention could be removed");
            }
            Instant now = clock.instant();
            // the store's type says whether it can replace a record by a copy without her mention (a mail can)
            entry.approveRedaction(stores.can(entry.store(), StoreCapability.REDACT), now);
            return audit(entry, actor, "REDACTION_APPROVED", "only the requester's mention is removed", now);
        }));
    }

    @WithTransaction
    public Uni<PlanItem> decline(UUID caseId, long itemId, String actor, DeclineReason why, String reason) {
        return item(caseId, itemId).chain(entry -> {
            Instant now = clock.instant();
            entry.decline(why, reason);
            return audit(entry, actor, "DECLINED", why + ": " + reason, now);
        });
    }

    /**
     * On an objection (Art. 21(1) GDPR), the assistant stops the processing of one purpose: every record of it
     * waiting for the decision is erased, or restricted where a retention hold applies; a record of it still under
     * review (found by name only) follows once she confirms it is the requester's.
     */
    @WithTransaction
    public Uni<List<PlanItem>> stopPurpose(UUID caseId, ObjectionPurpose purpose, String actor) {
        return decide(caseId, purpose, ObjectionDecision.Outcome.STOP, null, actor);
    }

    /**
     * On an objection, processing of one purpose continues on the compelling legitimate grounds the assistant writes
     * down (the answer gives them to the requester); never for direct marketing (Art. 21(3) GDPR), and not for a
     * purpose a record of which was already erased or restricted on the objection (the purpose stopped for it).
     */
    @WithTransaction
    public Uni<List<PlanItem>> continuePurpose(UUID caseId, ObjectionPurpose purpose, String actor, String grounds) {
        if (purpose.directMarketing()) {
            return Uni.createFrom().failure(new InvalidDecision(
                    "direct marketing stops on objection without weighing (Art. 21(3) GDPR)"));
        }
        if (!WrittenReason.isASentence(grounds)) {
            return Uni.createFrom().failure(new ObjectionGroundsNotWrittenOut());
        }
        return decide(caseId, purpose, ObjectionDecision.Outcome.CONTINUE, grounds.strip(), actor);
    }

    /**
     * Takes the one decision on the purpose (refused if it was taken) and applies it to the purpose's records that
     * wait for it; returns them.
     */
    private Uni<List<PlanItem>> decide(UUID caseId, ObjectionPurpose purpose, ObjectionDecision.Outcome outcome,
            String grounds, String actor) {
        return ErasurePlan.<ErasurePlan>findById(caseId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> new PlanItemNotFound("no erasure plan for this case"))
                .chain(plan -> {
                    if (plan.requestType != RequestType.OBJECTION) {
                        throw new InvalidDecision("the case is no objection");
                    }
                    return ObjectionDecision.on(caseId, purpose).chain(earlier -> {
                        if (earlier != null) {
                            throw new PlanItemConflict("the purpose was already decided (" + earlier.decision
                                    + " on " + earlier.decidedAt + "): one decision per purpose");
                        }
                        return PlanItem.<PlanItem>find("caseId = ?1 order by id", caseId)
                                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
                    }).chain(entries -> {
                        List<PlanItem> ofPurpose = entries.stream()
                                .filter(e -> decidedPerPurpose(plan, e).filter(purpose::equals).isPresent())
                                .toList();
                        List<PlanItem> waiting = ofPurpose.stream()
                                .filter(e -> e.reasonCode() == ReasonCode.OBJECTION_AWAITING_DECISION).toList();
                        boolean underReview = ofPurpose.stream()
                                .anyMatch(e -> e.reasonCode() == ReasonCode.WEAK_MATCH_AWAITING_REVIEW
                                        && e.execution() == Execution.AWAITING_APPROVAL);
                        if (waiting.isEmpty() && !underReview) {
                            throw new PlanItemConflict("no record of this purpose waits for a decision");
                        }
                        if (outcome == ObjectionDecision.Outcome.CONTINUE
                                && ofPurpose.stream().anyMatch(PlanItem::stoppedInItsStore)) {
                            // made before decisions were per purpose: a record approved on its own was stopped
                            throw new PlanItemConflict("a record of this purpose was already erased or restricted on"
                                    + " the objection: its processing has stopped and cannot continue; stop the"
                                    + " purpose for its other records too");
                        }
                        Instant now = clock.instant();
                        ObjectionDecision decision = ObjectionDecision.of(caseId, purpose, outcome, grounds, actor,
                                now);
                        return decision.<ObjectionDecision>persist()
                                .chain(() -> AuditEntry.record(caseId, null, actor,
                                        outcome == ObjectionDecision.Outcome.STOP
                                                ? "OBJECTION_STOPPED" : "OBJECTION_CONTINUED",
                                        purpose.name(), now))
                                .chain(() -> follow(decision, waiting, actor, now))
                                .chain(() -> completion.completeIfSettled(caseId))
                                .replaceWith(waiting);
                    });
                });
    }

    /** The records follow the decision on their purpose: stopped (erased or restricted) or continued. */
    private Uni<Void> follow(ObjectionDecision decision, List<PlanItem> entries, String actor, Instant now) {
        if (entries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        boolean stop = decision.stops();
        entries.forEach(entry -> decision.applyTo(entry, now));
        Uni<Void> chain = stop ? masterDataFollowsTheLastHold(entries.get(0), actor, now)
                : Uni.createFrom().voidItem();
        for (PlanItem entry : entries) {
            // the grounds are in the decision; the audit names the purpose only (no personal data in it)
            chain = chain.chain(() -> AuditEntry.record(entry.caseId(), entry.id(), actor,
                    stop ? "OBJECTION_STOPPED" : "OBJECTION_CONTINUED", decision.purpose().name(), now))
                    .replaceWithVoid();
        }
        return chain.chain(() -> completion.completeIfSettled(entries.get(0).caseId())).replaceWithVoid();
    }

    /**
     * The purpose an objection decides on for the item, if the plan is an objection's and the item is processed on a
     * legitimate interest for a purpose that is weighed (direct marketing stops without: Art. 21(3) GDPR).
     */
    Optional<ObjectionPurpose> decidedPerPurpose(ErasurePlan plan, PlanItem entry) {
        if (plan == null || plan.requestType != RequestType.OBJECTION) {
            return Optional.empty();
        }
        return planning.planner().objectionPurposeOf(entry.processingBasis(), entry.retentionCategory())
                .filter(purpose -> !purpose.directMarketing());
    }

    /** The decisions taken on the case's purposes, in the order of the purposes. */
    public Uni<List<ObjectionDecision>> objectionDecisions(UUID caseId) {
        return ObjectionDecision.ofCase(caseId);
    }

    /** A finding of another category than the store said (e.g. a mail that is a commercial letter). */
    @WithTransaction
    public Uni<PlanItem> reclassify(UUID caseId, long itemId, String actor, String category, String reason) {
        if (!policy.knows(category)) {
            return Uni.createFrom().failure(new InvalidDecision("unknown retention category"));
        }
        // locked as every decision locks it (item)
        return ErasurePlan.<ErasurePlan>findById(caseId, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> new PlanItemNotFound("no erasure plan for this case"))
                .chain(plan -> item(caseId, itemId).chain(entry -> {
                    Instant now = clock.instant();
                    String previous = entry.retentionCategory();
                    Finding finding = entry.finding();
                    Finding reclassified = new Finding(finding.store(), finding.reference(), finding.dataCategories(),
                            category, finding.retentionStart(), finding.legalBasis(), finding.matchStrength(), null);
                    LocalDate today = LocalDate.ofInstant(now, clock.getZone());
                    // a restriction she asked for restricts whatever the category: the category changes no plan
                    PlanProposal proposed = plan.requestType == RequestType.RESTRICTION
                            || plan.requestType == RequestType.CONSENT_WITHDRAWAL
                                    && !planning.planner().consentBased(reclassified)
                            ? null
                            : plan.requestType == RequestType.OBJECTION
                                    ? planning.planner().forObjection(reclassified, today)
                                    : planning.planner().forErasure(reclassified, today);
                    entry.reclassify(category, proposed, now);
                    return DeferredErasure.followPeriodOf(entry, now)
                            .chain(() -> masterDataFollowsTheLastHold(entry, actor, now)).chain(() ->
                            audit(entry, actor, "RECLASSIFIED", previous + " -> " + category + ": " + reason, now))
                            .chain(() -> followTakenDecision(plan, entry, actor, now));
                }));
    }

    /** A record now waiting for a purpose's decision that was already taken follows it (e.g. after reclassifying). */
    private Uni<PlanItem> followTakenDecision(ErasurePlan plan, PlanItem entry, String actor, Instant now) {
        Optional<ObjectionPurpose> purpose = decidedPerPurpose(plan, entry);
        if (purpose.isEmpty() || entry.reasonCode() != ReasonCode.OBJECTION_AWAITING_DECISION) {
            return Uni.createFrom().item(entry);
        }
        return ObjectionDecision.on(entry.caseId(), purpose.get())
                .chain(decision -> decision == null ? Uni.createFrom().voidItem()
                        : follow(decision, List.of(entry), actor, now))
                .replaceWith(entry);
    }

    /** §147(3) AO: keeps a restricted record beyond its computed hold, e.g. while an assessment is open. */
    @WithTransaction
    public Uni<PlanItem> pin(UUID caseId, long itemId, String actor, LocalDate until, String reason) {
        return item(caseId, itemId).chain(entry -> {
            if (!entry.holdsUntilADate()) {
                throw new PlanItemConflict("only a restricted item can be pinned");
            }
            if (!until.isAfter(entry.holdUntil())) {
                throw new InvalidDecision("a pinned hold must end after the computed one (" + entry.holdUntil() + ")");
            }
            Instant now = clock.instant();
            LocalDate previous = entry.holdUntil();
            entry.pinUntil(until, reason, now);
            return reschedule(entry, now)
                    .chain(() -> masterDataFollowsTheLastHold(entry, actor, now))
                    .chain(() -> audit(entry, actor, "PINNED", previous + " -> " + until + ": " + reason, now));
        });
    }

    /**
     * Customer master data is restricted while any other record of the person is on hold, until the
     * last hold ends (LEGAL.md §3); recomputed whenever a decision changes a hold of the plan.
     */
    private Uni<Void> masterDataFollowsTheLastHold(PlanItem changed, String actor, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        return PlanItem.ofCase(changed.caseId()).chain(entries -> {
            Optional<PlanItem> last = MasterDataHold.lastHold(entries);
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (PlanItem masterData : entries) {
                if (!MasterDataHold.isMasterData(masterData)
                        || masterData.reasonCode() == ReasonCode.RESTRICTION_REQUESTED) {
                    // restricted at her request (Art. 18) with no end date: no hold of another record moves it
                    continue;
                }
                String before = MasterDataHold.describe(masterData);
                boolean moved = last.isPresent()
                        ? MasterDataHold.holdUntilTheLast(masterData, last.get(), now)
                        : MasterDataHold.release(masterData, today);
                if (moved) {
                    chain = chain.chain(() -> reschedule(masterData, now))
                            .chain(() -> AuditEntry.record(masterData.caseId(), masterData.id(), actor,
                                    "MASTER_DATA_HOLD",
                                    before + " -> " + MasterDataHold.describe(masterData) + ": follows item "
                                            + changed.id(), now))
                            .replaceWithVoid();
                }
            }
            return chain;
        });
    }

    /**
     * The item's deferred erasure follows its new hold; locked after the plan and the item, so the job claiming it
     * waits for the decision or the decision sees the claim and is refused (the record is being erased right now).
     */
    private static Uni<Void> reschedule(PlanItem entry, Instant now) {
        return DeferredErasure.<DeferredErasure>find("itemId", entry.id()).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult()
                .invoke(row -> {
                    if (row != null) {
                        row.reschedule(entry.erasableFrom(), now);
                    }
                })
                .replaceWithVoid();
    }

    private Uni<PlanItem> audit(PlanItem entry, String actor, String action, String detail, Instant now) {
        return AuditEntry.record(entry.caseId(), entry.id(), actor, action, detail, now)
                .chain(() -> completion.completeIfSettled(entry.caseId()))
                .replaceWith(entry);
    }

    /**
     * The item, after its plan's row is locked: every decision takes the plan first, as completing it does
     * ({@link PlanCompletion}), so a decision and the executor settling items of the same plan wait for each other
     * in one order and cannot deadlock. The item is locked too, so an executor instance claiming it at this moment
     * (it does not take the plan) either waits for the decision or is waited for, and the decision changes the item
     * as it is, not a copy the claim has made stale.
     */
    private static Uni<PlanItem> item(UUID caseId, long itemId) {
        return ErasurePlan.<ErasurePlan>findById(caseId, LockModeType.PESSIMISTIC_WRITE)
                .chain(() -> PlanItem.<PlanItem>findById(itemId, LockModeType.PESSIMISTIC_WRITE))
                .map(entry -> {
                    if (entry == null || !entry.caseId().equals(caseId)) {
                        throw new PlanItemNotFound("no such item in this case's plan");
                    }
                    return entry;
                });
    }
}

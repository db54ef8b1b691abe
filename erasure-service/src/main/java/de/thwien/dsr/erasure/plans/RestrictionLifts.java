package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.erasure.ledger.ErasureLedger;
import de.thwien.dsr.erasure.ledger.LedgerEntry;
import de.thwien.dsr.erasure.stores.StoreOperations;
import de.thwien.dsr.erasure.stores.StoreOperations.Outcome;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RestrictionEnd;
import de.thwien.dsr.events.RestrictionGround;
import de.thwien.dsr.platform.crypto.KeyScopes;
import de.thwien.dsr.platform.keyring.SealedFields;
import de.thwien.dsr.platform.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * A restriction the requester asked for (Art. 18 GDPR), from its ground to its lift. Lifting is the assistant's
 * explicit action and happens in two steps, so she is always told first (Art. 18(3)): {@link #announce} records the
 * request and emits {@code restriction.lift-announced}, from which the notifier sends her the notice; only when that
 * notice was sent ({@link #noticeSent}) are the records lifted in their stores ({@link #liftDue}, outside any
 * transaction like the plan's own store writes), each with the store's answer as proof and {@code restriction.lifted}.
 * A restriction under Art. 18(1)(c) is not lifted but ends in erasure ({@link LegalClaimsEnded}): the notice names per
 * record what is erased and what a retention hold keeps until when, and after it the records become items of the
 * deferred erasure ({@link #endLegalClaimsRestrictions}).
 */
@ApplicationScoped
public class RestrictionLifts {

    private static final Logger LOG = Logger.getLogger(RestrictionLifts.class);

    /**
     * The record of one lift: the item, where the record is, what the store answered; {@code part}: the part erased
     * before the lift (its own storage period ended), with the store's answer {@code partOutcome}, or null.
     */
    private record Lift(long itemId, UUID caseId, String store, String reference, Outcome outcome,
            Finding.PartKind part, Outcome partOutcome) {

        /** Where the record is after its part was erased (a stripped mail is a new message). */
        String referenceAfterPart() {
            return partOutcome == null || partOutcome.referenceAfter() == null ? reference
                    : partOutcome.referenceAfter();
        }

        /** Lifted only once its part whose period ended is gone: never back into use with it. */
        boolean partLeftInPlace() {
            return part != null && (partOutcome == null || !partOutcome.succeeded());
        }
    }

    private final StoreOperations operations;
    private final Outbox outbox;
    private final Clock clock;
    private final PlanPerson planPerson;
    private final PlanCompletion completion;
    private final RectifiedRecords rectified;
    private final SealedFields sealedFields;
    private final ErasurePlanner planner;
    private final ErasureLedger ledger;

    public RestrictionLifts(StoreOperations operations, Outbox outbox, Clock clock, PlanPerson planPerson,
            PlanCompletion completion, RectifiedRecords rectified, SealedFields sealedFields,
            ErasurePlanning planning, ErasureLedger ledger) {
        this.operations = operations;
        this.outbox = outbox;
        this.clock = clock;
        this.planPerson = planPerson;
        this.completion = completion;
        this.rectified = rectified;
        this.sealedFields = sealedFields;
        this.planner = planning.planner();
        this.ledger = ledger;
    }

    /** The sealed field of the assistant's reason why the restriction ends. */
    static final String END_STATEMENT = "restriction.end_statement";

    /**
     * The ground she gave with her request (request.received). The request and the located records come on two
     * topics: when the records were restricted first, the plan only waited for this ground and completes now.
     */
    public Uni<Void> groundGiven(UUID caseId, RestrictionGround ground, Instant at) {
        return RequestedRestriction.set(caseId, ground, AuditEntry.SYSTEM, at)
                .chain(changed -> AuditEntry.record(caseId, null, AuditEntry.SYSTEM, "RESTRICTION_GROUND",
                        "ground given with the request: Art. 18(1)(" + ground.letter() + ")", at))
                .chain(() -> Panache.getSession().chain(session -> session.flush()))
                .chain(() -> completion.completeIfSettled(caseId));
    }

    /**
     * The assistant chose the ground (her request did not say it, or said it unclearly); a plan that only waited for
     * it completes now, and her answer names it.
     */
    public Uni<RestrictionView> chooseGround(UUID caseId, RestrictionGround ground, String actor) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> ErasurePlan.<ErasurePlan>findById(caseId, LockModeType.PESSIMISTIC_WRITE)
                .chain(plan -> {
                    if (plan == null) {
                        // its records are not located yet, or there is no such case: nothing says which
                        throw new PlanItemNotFound("no restriction request with a plan for this case; the ground is"
                                + " chosen once her records were located");
                    }
                    if (plan.requestType != RequestType.RESTRICTION) {
                        throw new PlanItemConflict("the case is no restriction request; it has no ground to choose");
                    }
                    if (plan.status == ErasurePlan.Status.COMPLETED) {
                        throw new PlanItemConflict("her answer was sent with its ground; it cannot change any more");
                    }
                    return RequestedRestriction.set(caseId, ground, actor, now)
                            .chain(() -> AuditEntry.record(caseId, null, actor, "RESTRICTION_GROUND",
                                    "ground chosen by the assistant: Art. 18(1)(" + ground.letter() + ")", now))
                            .chain(() -> Panache.getSession().chain(session -> session.flush()))
                            .chain(() -> completion.completeIfSettled(caseId));
                })).chain(() -> view(caseId));
    }

    /**
     * The assistant states why the restriction ends (one reason of its ground, {@link RestrictionEndRule}), with her
     * reason in a sentence (sealed with the case's key; the audit trail names only the reason's code). It is what the
     * lift waits for, and what the notice before the lift says; on 18(1)(d) the notice gives her reason as our
     * grounds. Not after the lift was announced: that notice told her the reason as it was then.
     */
    public Uni<RestrictionView> stateEnd(UUID caseId, RestrictionEnd end, String reason, String actor) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> ErasurePlan.<ErasurePlan>findById(caseId, LockModeType.PESSIMISTIC_WRITE)
                .chain(plan -> {
                    if (plan == null || plan.requestType != RequestType.RESTRICTION) {
                        throw new PlanItemNotFound("no restriction request with a plan for this case");
                    }
                    if (plan.liftAnnouncedAt != null) {
                        throw new PlanItemConflict("the lift was already announced to the requester with the reason"
                                + " why the restriction ends as it was then");
                    }
                    return RequestedRestriction.<RequestedRestriction>findById(caseId,
                                    LockModeType.PESSIMISTIC_WRITE)
                            .chain(requested -> {
                                if (requested == null) {
                                    throw new PlanItemConflict("the restriction has no ground yet: choose it first,"
                                            + " then state why the restriction ends");
                                }
                                String statement = RestrictionEndRule.statement(requested.ground, end, reason);
                                return sealedFields.forSealing(KeyScopes.ofCase(caseId.toString()))
                                        .invoke(cipher -> requested.endStated(end,
                                                cipher.shredded() ? null : cipher.seal(END_STATEMENT, statement),
                                                actor, now))
                                        .chain(() -> AuditEntry.record(caseId, null, actor, "RESTRICTION_END_STATED",
                                                "why the restriction on Art. 18(1)(" + requested.ground.letter()
                                                        + ") ends, stated by the assistant: " + end, now));
                            });
                })).chain(() -> view(caseId));
    }

    /**
     * The assistant lifts the restriction: recorded, and announced for the Art. 18(3) notice; the stores do not change
     * before that notice was sent. Only a restriction request whose answer was sent and whose records are restricted
     * now, once, and only for a reason that ends its ground ({@link RestrictionEndRule#checkLift}).
     */
    public Uni<RestrictionView> announce(UUID caseId, String actor) {
        Instant now = clock.instant();
        return Panache.withTransaction(() -> ErasurePlan.<ErasurePlan>findById(caseId, LockModeType.PESSIMISTIC_WRITE)
                .chain(plan -> {
                    if (plan == null || plan.requestType != RequestType.RESTRICTION) {
                        throw new PlanItemNotFound("no restriction request with a plan for this case");
                    }
                    if (plan.liftAnnouncedAt != null) {
                        throw new PlanItemConflict("the lift was already announced to the requester");
                    }
                    return PlanItem.ofCase(caseId).chain(entries -> {
                        List<PlanItem> restricted = entries.stream().filter(PlanItem::restrictedAtHerRequest).toList();
                        if (plan.status != ErasurePlan.Status.COMPLETED) {
                            throw new RestrictionAnswerPending(restricted.size());
                        }
                        if (restricted.isEmpty()) {
                            throw new NothingRestricted();
                        }
                        // one after the other: they share the session
                        return RequestedRestriction.<RequestedRestriction>findById(caseId)
                                .chain(requested -> endOf(plan, requested, restricted).chain(end -> {
                                    RestrictionGround ground = requested == null ? null : requested.ground;
                                    RestrictionEndRule.checkLift(ground, end);
                                    List<ErasureEvents.RestrictedRecord> records = announced(ground, restricted);
                                    plan.liftAnnouncedAt = now;
                                    plan.liftAnnouncedBy = actor;
                                    LOG.infof("case %s: lift of %d restricted records announced", caseId,
                                            restricted.size());
                                    return planPerson.open(plan).chain(person -> overridingGrounds(caseId, requested,
                                                    end)
                                            .chain(grounds -> outbox.append(
                                                    new ErasureEvents.RestrictionLiftAnnounced(caseId.toString(),
                                                            plan.language, ground, end, records, actor, now,
                                                            ErasureEvents.LiftPersonal.of(person, grounds)))));
                                }))
                                .chain(() -> AuditEntry.record(caseId, null, actor, "LIFT_ANNOUNCED",
                                        restricted.size() + " restricted records; lifted once the requester was told"
                                                + " (Art. 18(3) GDPR)", now));
                    });
                })).chain(() -> view(caseId));
    }

    /**
     * The records as the notice before the lift names them: on 18(1)(c) each as the deletion concept has it today
     * (erased, or kept under its hold with law and dates); on the other grounds as they are restricted now.
     */
    private List<ErasureEvents.RestrictedRecord> announced(RestrictionGround ground, List<PlanItem> restricted) {
        if (!LegalClaimsEnded.endsInErasure(ground)) {
            return LegalClaimsEnded.atLift(planner, restricted, today()).stream()
                    .map(outcome -> outcome.erasedNow() ? outcome.announced()
                            : outcome.item().liftedAs(outcome.evaluated()))
                    .toList();
        }
        return LegalClaimsEnded.evaluate(planner, restricted, today()).stream()
                .map(LegalClaimsEnded.Outcome::announced).toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    /**
     * On 18(1)(d) the grounds the assistant wrote down, which the notice gives her; null on the other grounds, and
     * when the case's key is shredded (there is nobody left to tell).
     */
    private Uni<String> overridingGrounds(UUID caseId, RequestedRestriction requested, RestrictionEnd end) {
        if (end != RestrictionEnd.OVERRIDING_GROUNDS || requested.endStatement == null) {
            return Uni.createFrom().nullItem();
        }
        return sealedFields.forOpening(KeyScopes.ofCase(caseId.toString())).map(cipher -> cipher.shredded() ? null
                : cipher.open(END_STATEMENT, requested.endStatement).orElse(null));
    }

    /**
     * Why the restriction ends: on 18(1)(a) the result of a rectification of the restricted records completed since
     * the restriction was planned (what was done to her records comes first), else the assistant's statement; on the
     * other grounds her statement; null when there is none.
     */
    private Uni<RestrictionEnd> endOf(ErasurePlan plan, RequestedRestriction requested, List<PlanItem> restricted) {
        if (requested == null) {
            return Uni.createFrom().nullItem();
        }
        if (!requested.ground.endsWithAccuracyCheck()) {
            return Uni.createFrom().item(requested.end);
        }
        // a record may have moved when it was restricted (a mail into the restricted folder): where it was found too
        List<RectifiedRecords.StoredRecord> records = restricted.stream()
                .flatMap(item -> Stream.of(item.reference(), item.foundReference()).filter(Objects::nonNull)
                        .map(reference -> new RectifiedRecords.StoredRecord(item.store(), reference)))
                .distinct().toList();
        return rectified.accuracyCheckOf(records, plan.plannedAt)
                .map(fromRectification -> fromRectification != null ? fromRectification : requested.end);
    }

    /** The Art. 18(3) notice went out: from now on the records are lifted (by the next {@link #liftDue}). */
    public Uni<Void> noticeSent(UUID caseId, Instant sentAt) {
        return told(caseId, sentAt, false, "LIFT_NOTICE_SENT",
                "the requester was told before the lift (Art. 18(3) GDPR) at " + sentAt);
    }

    /**
     * She has no e-mail address (a request by letter or phone): the notice was prepared for printing and handed to the
     * assistant to post, as every notice of such a case is. That hand-over is the last step software can take before
     * the lift, so the records are lifted from now on; the case records it as a letter, not as a sent mail.
     */
    public Uni<Void> noticeHandedOverForPost(UUID caseId, Instant preparedAt) {
        return told(caseId, preparedAt, true, "LIFT_NOTICE_PRINTED",
                "the requester has no e-mail address: the notice before the lift (Art. 18(3) GDPR) was prepared for"
                        + " printing at " + preparedAt + " and handed to the assistant to post");
    }

    private Uni<Void> told(UUID caseId, Instant at, boolean byPost, String action, String detail) {
        return ErasurePlan.<ErasurePlan>findById(caseId, LockModeType.PESSIMISTIC_WRITE).chain(plan -> {
            if (plan == null || plan.liftAnnouncedAt == null || plan.liftNoticeSentAt != null) {
                return Uni.createFrom().voidItem();
            }
            plan.liftNoticeSentAt = at;
            plan.liftNoticeByPost = byPost;
            return AuditEntry.record(caseId, null, AuditEntry.SYSTEM, action, detail, clock.instant())
                    .replaceWithVoid();
        });
    }

    @Scheduled(every = "{dsr.erasure.execution.every}", delayed = "{dsr.erasure.execution.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledRun() {
        return liftDue().replaceWithVoid().onFailure().recoverWithItem(failure -> {
            LOG.errorf("restriction lift run failed: %s", failure.getClass().getName());
            return null;
        });
    }

    /**
     * Lifts the records of every case whose Art. 18(3) notice was sent; returns how many were tried. A store that
     * fails leaves its record restricted, tried again by the next run. A restriction under Art. 18(1)(c) is ended
     * instead ({@link #endLegalClaimsRestrictions}), never lifted.
     */
    public Uni<Integer> liftDue() {
        return endLegalClaimsRestrictions().chain(this::eraseWhatExpiredInsteadOfLifting)
                .chain(() -> Panache.withTransaction(() -> PlanItem.<PlanItem>list(
                        "execution = ?1 and reasonCode = ?2 and caseId in (select p.caseId from ErasurePlan p"
                                + " where p.liftNoticeSentAt is not null) and caseId not in (select r.caseId from"
                                + " RequestedRestriction r where r.ground = ?3) order by id",
                        de.thwien.dsr.erasure.plans.lifecycle.Execution.RESTRICTED,
                        ErasureEvents.ReasonCode.RESTRICTION_REQUESTED,
                        // a restriction on 18(1)(c) never goes back into use: it ends in erasure or a hold
                        RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS)))
                .map(entries -> entries.stream().map(e -> new Lift(e.id(), e.caseId(), e.store(), e.reference(), null,
                                e.earlierPart() == null ? null : e.earlierPart().kind(), null))
                        .toList())
                .chain(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(this::stripThenLift)
                        .collect().asList())
                .chain(done -> done.isEmpty() ? Uni.createFrom().item(0)
                        : Panache.withTransaction(() -> record(done)).replaceWith(done.size()));
    }

    /**
     * Erases the part of the record whose own storage period ended ({@link ErasurePlanner#atLift}) while it is still
     * restricted, then lifts the rest where it is now; a part the store did not erase leaves the record restricted,
     * tried again by the next run.
     */
    private Uni<Lift> stripThenLift(Lift lift) {
        Uni<Outcome> part = lift.part() == null ? Uni.createFrom().nullItem()
                : operations.erasePartWithProof(lift.store(), lift.reference(), lift.part());
        return part.chain(partOutcome -> {
            Lift stripped = new Lift(lift.itemId(), lift.caseId(), lift.store(), lift.reference(), null, lift.part(),
                    partOutcome);
            if (stripped.partLeftInPlace()) {
                return Uni.createFrom().item(stripped);
            }
            return operations.lift(lift.store(), stripped.referenceAfterPart())
                    .map(outcome -> new Lift(lift.itemId(), lift.caseId(), lift.store(), lift.reference(), outcome,
                            lift.part(), partOutcome));
        });
    }

    /**
     * Ends, instead of lifting, every restriction under Art. 18(1)(c) whose notice was sent: each record is evaluated
     * again as on the notice (the same day gives the same answer; a hold that ended since is no longer a reason to
     * keep it) and becomes an item of the deferred erasure, due today when no hold keeps it, else when its hold ends,
     * restricted under that hold until then. Nothing changes in a store here: the records are restricted already,
     * and the deferred erasure erases them with proof, in the erasure ledger, and confirms it to her.
     */
    Uni<Void> endLegalClaimsRestrictions() {
        return eachCaseToldBeforeItsLift(true, this::endLegalClaimsRestriction);
    }

    /**
     * Runs {@code work} for each case whose notice before the lift was sent and that still has records restricted at
     * her request, on 18(1)(c) ({@code legalClaims}) or on the other grounds: one transaction per case, its plan read
     * under its lock before its items ({@link #lockedRestrictedItems}); a record the deletion concept cannot count
     * stops its own case, never the others'.
     */
    private Uni<Void> eachCaseToldBeforeItsLift(boolean legalClaims,
            java.util.function.Function<UUID, Uni<Void>> work) {
        return Panache.withSession(() -> PlanItem.<PlanItem>list("execution = ?1 and reasonCode = ?2 and caseId in"
                        + " (select p.caseId from ErasurePlan p where p.liftNoticeSentAt is not null) and caseId"
                        + (legalClaims ? " in" : " not in")
                        + " (select r.caseId from RequestedRestriction r where r.ground = ?3) order by caseId, id",
                        de.thwien.dsr.erasure.plans.lifecycle.Execution.RESTRICTED,
                        ErasureEvents.ReasonCode.RESTRICTION_REQUESTED, RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS)
                .map(entries -> entries.stream().map(PlanItem::caseId).distinct().toList()))
                .chain(cases -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (UUID caseId : cases) {
                        chain = chain.chain(() -> Panache.withTransaction(() -> work.apply(caseId))
                                .onFailure(PlanItemConflict.class).recoverWithItem(refused -> {
                                    LOG.warnf("case %s: the end of its restriction waits: a record's storage period"
                                            + " cannot be counted", caseId);
                                    return null;
                                }));
                    }
                    return chain;
                });
    }

    /** The case's records restricted at her request, read under their locks after the plan's. */
    private static Uni<List<PlanItem>> lockedRestrictedItems(UUID caseId) {
        return ErasurePlan.findById(caseId, LockModeType.PESSIMISTIC_WRITE)
                .chain(() -> PlanItem.<PlanItem>find("caseId = ?1 order by id", caseId)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).list())
                .map(entries -> entries.stream().filter(PlanItem::restrictedAtHerRequest).toList());
    }

    /**
     * Before a lift on 18(1)(a), (b) or (d): a record whose storage period ended while it was restricted (a 2016
     * business letter, an invoice whose hold ended) is not lifted back into use but becomes an item of the deferred
     * erasure, due today, as her notice before the lift said; the others are lifted by {@link #liftDue}, a record in
     * parts without its part whose own period ended (a voucher mail's body), which is erased first.
     */
    Uni<Void> eraseWhatExpiredInsteadOfLifting() {
        return eachCaseToldBeforeItsLift(false, this::eraseWhatExpired);
    }

    private Uni<Void> eraseWhatExpired(UUID caseId) {
        Instant now = clock.instant();
        LocalDate today = today();
        return lockedRestrictedItems(caseId)
                .chain(restricted -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (LegalClaimsEnded.Outcome outcome : LegalClaimsEnded.atLift(planner, restricted, today)) {
                        if (!outcome.erasedNow()) {
                            // a part whose own period ended goes before the lift, as her notice said
                            outcome.item().erasePartBeforeLift(outcome.evaluated().earlierPart());
                            continue;
                        }
                        PlanItem entry = outcome.item();
                        entry.eraseForItsPeriodEndedAtLift(today, outcome.evaluated());
                        chain = chain.chain(() -> scheduleErasure(entry))
                                .chain(() -> AuditEntry.record(caseId, entry.id(), AuditEntry.SYSTEM,
                                        "ERASED_INSTEAD_OF_LIFTED", entry.reason(), now))
                                .replaceWithVoid();
                    }
                    return chain;
                });
    }

    private Uni<Void> endLegalClaimsRestriction(UUID caseId) {
        Instant now = clock.instant();
        LocalDate today = today();
        return lockedRestrictedItems(caseId)
                .chain(restricted -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    if (restricted.isEmpty()) {
                        return chain;
                    }
                    for (LegalClaimsEnded.Outcome outcome : LegalClaimsEnded.evaluate(planner, restricted, today)) {
                        PlanItem entry = outcome.item();
                        if (outcome.erasedNow()) {
                            entry.eraseAfterLegalClaims(today);
                        } else {
                            entry.holdAfterLegalClaims(outcome.evaluated());
                        }
                        chain = chain.chain(() -> scheduleErasure(entry))
                                .chain(() -> outcome.erasedNow() ? Uni.createFrom().voidItem()
                                        : heldInLedger(entry, now))
                                .chain(() -> AuditEntry.record(caseId, entry.id(), AuditEntry.SYSTEM,
                                        outcome.erasedNow() ? "LEGAL_CLAIMS_ENDED_ERASED" : "LEGAL_CLAIMS_ENDED_HELD",
                                        entry.reason(), now))
                                .replaceWithVoid();
                    }
                    LOG.infof("case %s: restriction on Art. 18(1)(c) GDPR ended for %d records, erased or held",
                            caseId, restricted.size());
                    return chain;
                });
    }

    /**
     * The record is erased by the deferred erasure from its first day without a hold (today, when it has none); a
     * record in parts loses its earlier part first, from that part's own day (today, when its hold has ended).
     */
    private static Uni<Void> scheduleErasure(PlanItem entry) {
        return DeferredErasure.<DeferredErasure>find("itemId", entry.id()).firstResult().chain(existing -> {
            if (existing != null) {
                existing.moveTo(entry.reference(), entry.erasableFrom(), entry.earlierPart());
                return Uni.createFrom().voidItem();
            }
            return DeferredErasure.scheduled(entry.id(), entry.caseId(), entry.store(), entry.reference(),
                    entry.retentionCategory(), entry.erasableFrom(), entry.earlierPart()).persist().replaceWithVoid();
        });
    }

    /**
     * The restriction the record is under now has the hold's last day: a backup restored before the hold ends brings
     * it back restricted again with that day, and the restore check reads the latest entry of the item.
     */
    private Uni<Void> heldInLedger(PlanItem entry, Instant now) {
        return LedgerEntry.<LedgerEntry>find("itemId = ?1 and action = ?2 order by executedAt desc, id desc",
                        entry.id(), LedgerEntry.Action.RESTRICTED).firstResult()
                .chain(restriction -> restriction == null ? Uni.createFrom().voidItem()
                        : ledger.append(restriction.store(), restriction.identityDigest(),
                                LedgerEntry.Action.RESTRICTED, entry.holdUntil(), entry.caseId(), entry.id(), now));
    }

    private Uni<Void> record(List<Lift> done) {
        Instant now = clock.instant();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Lift lift : done) {
            chain = chain.chain(() -> ErasurePlan.findById(lift.caseId(), LockModeType.PESSIMISTIC_WRITE))
                    .chain(() -> PlanItem.<PlanItem>findById(lift.itemId(), LockModeType.PESSIMISTIC_WRITE))
                    .chain(entry -> partRecorded(lift, entry, now).replaceWith(entry))
                    .chain(entry -> {
                        if (lift.outcome() == null || !lift.outcome().succeeded()) {
                            LOG.warnf("case %s: lift of item %d failed, tried again", lift.caseId(), lift.itemId());
                            return lift.outcome() == null ? Uni.createFrom().voidItem()
                                    : AuditEntry.record(lift.caseId(), lift.itemId(), AuditEntry.SYSTEM, "LIFT_FAILED",
                                            lift.outcome().detail(), now).replaceWithVoid();
                        }
                        if (!entry.restrictedAtHerRequest()) {
                            return Uni.createFrom().voidItem();
                        }
                        entry.recordLifted(lift.outcome().detail(), lift.outcome().referenceAfter(), now);
                        // the record is in normal use again: a restore check must not look for its restriction
                        return LedgerEntry.delete("itemId = ?1 and action = ?2", entry.id(),
                                        LedgerEntry.Action.RESTRICTED)
                                .chain(() -> outbox.append(new ErasureEvents.RestrictionLifted(
                                        lift.caseId().toString(), entry.store(), lift.referenceAfterPart(),
                                        "lifted by the assistant after the requester was told (Art. 18(3) GDPR)",
                                        now, false)))
                                .chain(() -> AuditEntry.record(lift.caseId(), entry.id(), AuditEntry.SYSTEM, "LIFTED",
                                        entry.proof(), now))
                                .replaceWithVoid();
                    });
        }
        return chain;
    }

    /**
     * The part erased before the lift, with its proof, on the item and in the audit trail; a part the store did not
     * erase is recorded as failed (the record stays restricted and is tried again).
     */
    private static Uni<Void> partRecorded(Lift lift, PlanItem entry, Instant now) {
        if (lift.part() == null || lift.partOutcome() == null || entry.earlierPart() == null) {
            return Uni.createFrom().voidItem();
        }
        if (!lift.partOutcome().succeeded()) {
            LOG.warnf("case %s: erasure of a part of item %d before its lift failed, tried again", lift.caseId(),
                    lift.itemId());
            return AuditEntry.record(lift.caseId(), lift.itemId(), AuditEntry.SYSTEM, "PART_ERASURE_FAILED",
                    lift.part() + ": " + lift.partOutcome().detail(), now).replaceWithVoid();
        }
        entry.recordPartErased(lift.partOutcome().detail(), lift.partOutcome().referenceAfter(), now);
        return AuditEntry.record(lift.caseId(), lift.itemId(), AuditEntry.SYSTEM, "PART_ERASED_BEFORE_LIFT",
                lift.part() + " (" + entry.partCategory() + "), its own storage period ended: "
                        + lift.partOutcome().detail(), now).replaceWithVoid();
    }

    /** The restriction of the case as the dashboard shows it. */
    public Uni<RestrictionView> view(UUID caseId) {
        return Panache.withSession(() -> ErasurePlan.<ErasurePlan>findById(caseId)
                .chain(plan -> RequestedRestriction.<RequestedRestriction>findById(caseId)
                        .chain(ground -> PlanItem.ofCase(caseId).chain(entries -> (plan == null
                                ? Uni.createFrom().<RestrictionEnd>nullItem()
                                : endOf(plan, ground, entries.stream()
                                        .filter(PlanItem::restrictedAtHerRequest).toList()))
                                .map(end -> RestrictionView.of(plan, ground, entries, end))))));
    }
}

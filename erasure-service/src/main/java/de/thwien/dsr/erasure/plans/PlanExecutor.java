package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.connectors.spi.Mention;
import de.thwien.dsr.erasure.ledger.ErasureLedger;
import de.thwien.dsr.erasure.ledger.LedgerEntry;
import de.thwien.dsr.erasure.plans.lifecycle.Execution;
import de.thwien.dsr.erasure.stores.StoreOperations;
import de.thwien.dsr.erasure.stores.StoreOperations.Outcome;
import de.thwien.dsr.events.ErasureEvents.PlannedAction;
import de.thwien.dsr.platform.text.MessageFile;
import de.thwien.dsr.events.Finding;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Executes approved plan items through the stores. Items are claimed with row locks (SKIP
 * LOCKED) and a lease, so two instances never run the same item; the store call runs outside
 * any transaction; the outcome is recorded in a second transaction. A failed item stays PENDING
 * and is retried with exponential backoff; it is never reported erased.
 */
@ApplicationScoped
public class PlanExecutor {

    private static final Logger LOG = Logger.getLogger(PlanExecutor.class);

    /**
     * {@code spared}: the references of the case's other items in the same store that are not to be erased;
     * {@code mention}: for a redaction, the requester as the record names her (null otherwise, and once her case's key
     * is shredded);
     * {@code partDue}: the part of a record to restrict whose own hold has already ended (a mail's body), erased in
     * the same run, or null.
     */
    private record Work(long itemId, UUID caseId, String store, String reference, PlannedAction action,
            LocalDate holdUntil, Set<String> spared, Mention mention, Finding.PartKind partDue) {
    }

    /**
     * {@code partOutcome}: the erasure of {@link Work#partDue}, or null when there was none to run; {@code identity}:
     * the erasure ledger's hash of the record's restorable identity, read before the write (null: none).
     */
    private record Done(Work work, Outcome outcome, Outcome partOutcome, String identity) {

        Done(Work work, Outcome outcome, Outcome partOutcome) {
            this(work, outcome, partOutcome, null);
        }

        Done identifiedAs(String digest) {
            return new Done(work, outcome, partOutcome, digest);
        }
    }

    private final StoreOperations operations;
    private final ErasureLedger ledger;
    private final PlanCompletion completion;
    private final ErasureConfig.Execution config;
    private final Clock clock;
    private final PlanPerson planPerson;

    public PlanExecutor(StoreOperations operations, ErasureLedger ledger, PlanCompletion completion,
            ErasureConfig config, Clock clock, PlanPerson planPerson) {
        this.operations = operations;
        this.ledger = ledger;
        this.completion = completion;
        this.config = config.execution();
        this.clock = clock;
        this.planPerson = planPerson;
    }

    @Scheduled(every = "{dsr.erasure.execution.every}", delayed = "{dsr.erasure.execution.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledRun() {
        return runDueItems().replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    LOG.errorf("plan execution run failed: %s", failure.getClass().getName());
                    return null;
                });
    }

    /** Runs every item that is due now; returns how many were attempted. */
    public Uni<Integer> runDueItems() {
        return Panache.withTransaction(this::claim)
                .chain(works -> Multi.createFrom().iterable(works)
                        .onItem().transformToUniAndConcatenate(this::perform)
                        .collect().asList())
                .chain(done -> done.isEmpty()
                        ? Uni.createFrom().item(0)
                        : Panache.withTransaction(() -> record(done)).replaceWith(done.size()));
    }

    private Uni<List<Work>> claim() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "select * from plan_item where execution = 'PENDING' and next_attempt_at <= :now"
                                        + " and (claimed_until is null or claimed_until < :now)"
                                        + " order by id limit :limit for update skip locked", PlanItem.class)
                        .setParameter("now", now)
                        .setParameter("limit", config.batchSize())
                        .getResultList())
                .chain(entries -> {
                    Set<UUID> cases = new TreeSet<>();
                    entries.forEach(entry -> cases.add(entry.caseId()));
                    return cases.isEmpty() ? Uni.createFrom().item(List.<Work>of())
                            : mentions(entries).chain(mentions -> PlanItem.<PlanItem>list(
                                    "caseId in ?1", cases).map(all -> entries.stream().map(entry -> {
                                entry.claim(now, config);
                                return new Work(entry.id(), entry.caseId(), entry.store(), entry.reference(),
                                        entry.action(), entry.holdUntil(), PlanItem.spared(entry, all, null),
                                        entry.action() == PlannedAction.REDACT ? mentions.get(entry.caseId()) : null,
                                        partDue(entry, today));
                            }).toList()));
                });
    }

    /**
     * The requester as a third party's record names her, per case with an item to redact: her name and address,
     * replaced by the placeholder of her request's language ({@code messages/redaction}). Opened one case after the
     * other (they share the session); none once the case's key is shredded.
     */
    private Uni<Map<UUID, Mention>> mentions(List<PlanItem> entries) {
        Set<UUID> cases = new TreeSet<>();
        entries.stream().filter(entry -> entry.action() == PlannedAction.REDACT)
                .forEach(entry -> cases.add(entry.caseId()));
        Map<UUID, Mention> mentions = new HashMap<>();
        if (cases.isEmpty()) {
            return Uni.createFrom().item(mentions);
        }
        return ErasurePlan.<ErasurePlan>list("caseId in ?1", cases).chain(plans -> {
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (ErasurePlan plan : plans) {
                chain = chain.chain(() -> planPerson.open(plan)).invoke(person -> {
                    if (findable(person.name()) || findable(person.email())) {
                        mentions.put(plan.caseId, new Mention(person.name(), person.email(),
                                MessageFile.load("redaction", plan.language).text("placeholder")));
                    }
                }).replaceWithVoid();
            }
            return chain.replaceWith(mentions);
        });
    }

    private static boolean findable(String value) {
        return value != null && !value.isBlank();
    }

    /**
     * The part of a record to restrict that may be erased already (LEGAL.md §3: a mail's body whose letter hold ended
     * before the plan ran): it goes now, not on the deferred erasure's next run.
     */
    private static Finding.PartKind partDue(PlanItem entry, LocalDate today) {
        EarlierPart part = entry.earlierPart();
        return entry.action() == PlannedAction.RESTRICT && part != null && !part.erasableFrom().isAfter(today)
                ? part.kind() : null;
    }

    /** Erasures and restrictions first read the record's restorable identity for the erasure ledger. */
    private Uni<Done> perform(Work work) {
        if (work.action() != PlannedAction.ERASE && work.action() != PlannedAction.RESTRICT) {
            return write(work);
        }
        return ledger.identify(work.store(), work.reference())
                .chain(identity -> write(work).map(done -> done.identifiedAs(identity)));
    }

    private Uni<Done> write(Work work) {
        return switch (work.action()) {
            case ERASE -> operations.eraseWithProof(work.store(), work.reference(), work.spared(),
                            OperatorTask.foreseenBeforeErasure(work.caseId(), work.itemId(), clock))
                    .map(outcome -> new Done(work, outcome, null));
            case RESTRICT -> operations.restrict(work.store(), work.reference(), work.holdUntil())
                    .chain(restricted -> !restricted.succeeded() || work.partDue() == null
                            ? Uni.createFrom().item(new Done(work, restricted, null))
                            : operations.erasePartWithProof(work.store(), restricted.referenceAfter() == null
                                    ? work.reference() : restricted.referenceAfter(), work.partDue())
                                    .map(part -> new Done(work, restricted, part)));
            case REDACT -> work.mention() == null
                    // her name and address were shredded with the case's key: nothing left to find her mention by
                    ? Uni.createFrom().item(new Done(work, new Outcome(false,
                            "the case's personal data is shredded: her mention cannot be found", null, true), null))
                    : operations.redactWithProof(work.store(), work.reference(), work.mention())
                            .map(outcome -> new Done(work, outcome, null));
            case KEEP -> Uni.createFrom().item(new Done(work, new Outcome(true, "kept"), null));
        };
    }

    /**
     * Records the outcomes as the assistant's decisions change items: the plans first (in one order, so two
     * instances cannot deadlock), then each item locked and read as it is now. A decision on the same item waits
     * for this or this for it, and the later one builds on the earlier one's result instead of a copy read
     * before it, which made one of them fail (the decision with 409, the executor with the item held for a lease).
     */
    private Uni<Void> record(List<Done> done) {
        Set<UUID> cases = new TreeSet<>();
        done.forEach(d -> cases.add(d.work().caseId()));
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (UUID caseId : cases) {
            chain = chain.chain(() -> ErasurePlan.findById(caseId, LockModeType.PESSIMISTIC_WRITE)).replaceWithVoid();
        }
        for (Done d : done) {
            chain = chain.chain(() -> PlanItem.<PlanItem>findById(d.work().itemId(), LockModeType.PESSIMISTIC_WRITE)
                    .chain(entry -> apply(entry, d)));
        }
        for (UUID caseId : cases) {
            chain = chain.chain(() -> completion.completeIfSettled(caseId));
        }
        return chain;
    }

    private Uni<Void> apply(PlanItem entry, Done done) {
        Instant now = clock.instant();
        entry.releaseClaim();
        if (!entry.stillRuns(done.work().action())) {
            // the assistant changed the item while the store call ran; its next run decides
            return Uni.createFrom().voidItem();
        }
        if (!done.outcome().succeeded()) {
            entry.attemptFailed(done.outcome().detail(), now, config);
            if (done.outcome().refused() && entry.attempts() >= config.maxRefusals()) {
                entry.refusedForGood(done.outcome().detail());
                LOG.warnf("item %d of case %s refused by the store %d times: handed to the assistant", entry.id(),
                        entry.caseId(), entry.attempts());
                return AuditEntry.record(entry.caseId(), entry.id(), AuditEntry.SYSTEM, "NEEDS_ATTENTION",
                        done.outcome().detail(), now).replaceWithVoid();
            }
            LOG.warnf("item %d of case %s failed (attempt %d), retried at %s", entry.id(), entry.caseId(),
                    entry.attempts(), entry.nextAttemptAt());
            return AuditEntry.record(entry.caseId(), entry.id(), AuditEntry.SYSTEM, "EXECUTION_FAILED",
                    done.outcome().detail(), now).replaceWithVoid();
        }
        String proof = done.outcome().detail();
        Uni<Void> deferred = Uni.createFrom().voidItem();
        String partAction = null;
        if (entry.action() == PlannedAction.ERASE) {
            entry.recordErased(proof, now);
            deferred = OperatorTask.reported(entry, done.outcome().operatorTasks(), now)
                    .chain(() -> ledger.append(entry.store(), done.identity(), LedgerEntry.Action.ERASED, null,
                            entry.caseId(), entry.id(), now));
        } else if (entry.action() == PlannedAction.REDACT) {
            entry.recordRedacted(proof, now);
        } else if (entry.action() == PlannedAction.RESTRICT) {
            Outcome part = done.partOutcome();
            boolean partErased = part != null && part.succeeded();
            // restricted with the hold it had when claimed; restricted again if the assistant pinned it meanwhile
            entry.recordRestricted(proof, done.outcome().referenceAfter(), partErased ? part.detail() : null,
                    partErased ? part.referenceAfter() : null, done.work().holdUntil(), now);
            // a part the store did not erase now stays with the deferred erasure, due at its next run
            deferred = scheduleDeferredErasure(entry)
                    .chain(() -> ledger.append(entry.store(), done.identity(), LedgerEntry.Action.RESTRICTED,
                            done.work().holdUntil(), entry.caseId(), entry.id(), now));
            if (part != null) {
                partAction = partErased ? "PART_ERASED" : "PART_ERASURE_FAILED";
            }
        } else {
            entry.recordKept(proof, now);
        }
        String recorded = entry.action() == PlannedAction.RESTRICT ? Execution.RESTRICTED.name()
                : entry.execution().name();
        String partRecorded = partAction;
        return deferred.chain(() -> AuditEntry.record(entry.caseId(), entry.id(), AuditEntry.SYSTEM,
                        recorded, entry.proof(), now))
                .chain(() -> partRecorded == null ? Uni.createFrom().voidItem()
                        : AuditEntry.record(entry.caseId(), entry.id(), AuditEntry.SYSTEM, partRecorded,
                                done.work().partDue() + ": " + done.partOutcome().detail(), now).replaceWithVoid());
    }

    private static Uni<Void> scheduleDeferredErasure(PlanItem entry) {
        if (entry.erasableFrom() == null) {
            // a restriction she asked for has no end date: it is lifted, never erased by the hold's end
            return Uni.createFrom().voidItem();
        }
        return DeferredErasure.<DeferredErasure>find("itemId", entry.id()).firstResult().chain(existing -> {
            if (existing != null) {
                // restricted again (a pinned or followed hold): the job erases where the record is now
                existing.moveTo(entry.reference(), entry.erasableFrom(), entry.earlierPart());
                return Uni.createFrom().voidItem();
            }
            DeferredErasure job = DeferredErasure.scheduled(entry.id(), entry.caseId(), entry.store(),
                    entry.reference(), entry.retentionCategory(), entry.erasableFrom(), entry.earlierPart());
            return job.persist().replaceWithVoid();
        });
    }
}

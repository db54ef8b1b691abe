package de.thwien.dsr.erasure.jobs;

import de.thwien.dsr.connectors.spi.OperatorTask;
import de.thwien.dsr.erasure.ledger.ErasureLedger;
import de.thwien.dsr.erasure.ledger.LedgerEntry;
import de.thwien.dsr.erasure.plans.DeferredConfirmation;
import de.thwien.dsr.erasure.plans.DeferredErasure;
import de.thwien.dsr.erasure.plans.ErasureConfig;
import de.thwien.dsr.erasure.stores.StoreOperations;
import de.thwien.dsr.erasure.stores.StoreOperations.Outcome;
import de.thwien.dsr.events.Finding;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Erases restricted records whose hold has ended, with no human action. Due rows are claimed with
 * row locks (SKIP LOCKED) and a lease, so two instances never erase the same record; an erased
 * row is never picked again, so running the job twice erases nothing twice. A store that is down is
 * tried again with backoff; one that refuses for good is, after {@code max-refusals} attempts, handed
 * to the assistant (plan item and {@code GET /api/jobs}). Each run is recorded.
 */
@ApplicationScoped
public class DeferredErasureJob {

    private static final Logger LOG = Logger.getLogger(DeferredErasureJob.class);

    /** {@code part}: the part of the record to erase first (a mail's body), or null for the whole record. */
    private record Due(long jobId, long itemId, UUID caseId, String store, String reference, Finding.PartKind part) {
    }

    /** {@code identity}: the erasure ledger's hash of the record's restorable identity, read before the erasure. */
    private record Done(Due due, Outcome outcome, String identity) {
    }

    private final StoreOperations operations;
    private final ErasureLedger ledger;
    private final DeferredConfirmation confirmation;
    private final ErasureConfig.Execution execution;
    private final int maxRefusals;
    private final Clock clock;

    public DeferredErasureJob(StoreOperations operations, ErasureLedger ledger, DeferredConfirmation confirmation,
            ErasureConfig config, Clock clock) {
        this.operations = operations;
        this.ledger = ledger;
        this.confirmation = confirmation;
        this.execution = config.execution();
        this.maxRefusals = config.deferred().maxRefusals();
        this.clock = clock;
    }

    @Scheduled(every = "{dsr.erasure.deferred.every}", delayed = "{dsr.erasure.deferred.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledRun() {
        return runOnce().replaceWithVoid()
                .onFailure().recoverWithItem(failure -> {
                    LOG.errorf("deferred erasure run failed: %s", failure.getClass().getName());
                    return null;
                });
    }

    /**
     * A record due today is not left waiting for the daily run: an Art. 18(1)(c) restriction whose end her notice
     * announced ("im Anschluss an diese Mitteilung") is erased within seconds of the notice, a hold that ends tonight
     * in the first minutes of its first day without one. Only a run that finds something due is recorded.
     */
    @Scheduled(every = "{dsr.erasure.execution.every}", delayed = "{dsr.erasure.deferred.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> whenDue() {
        Instant now = clock.instant();
        return Panache.withSession(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                                "select count(*) from deferred_erasure where status = 'SCHEDULED'"
                                        + " and coalesce(part_erasable_from, erasable_from) <= :today"
                                        + " and (next_attempt_at is null or next_attempt_at <= :now)"
                                        + " and (claimed_until is null or claimed_until < :now)", Long.class)
                        .setParameter("today", LocalDate.ofInstant(now, clock.getZone()))
                        .setParameter("now", now)
                        .getSingleResult()))
                .chain(due -> due > 0 ? runOnce().replaceWithVoid() : Uni.createFrom().voidItem())
                .onFailure().recoverWithItem(failure -> {
                    LOG.errorf("deferred erasure run failed: %s", failure.getClass().getName());
                    return null;
                });
    }

    /** One run: erases everything due today (by the service clock) and records the run. */
    public Uni<JobRun> runOnce() {
        Instant started = clock.instant();
        return Panache.withTransaction(() -> claim(started))
                .chain(due -> Multi.createFrom().iterable(due)
                        .onItem().transformToUniAndConcatenate(d -> identify(d).chain(identity -> erase(d)
                                .map(outcome -> new Done(d, outcome, identity))))
                        .collect().asList())
                .chain(done -> Panache.withTransaction(() -> record(done, started)));
    }

    /** A whole record's erasure is kept in the erasure ledger; a part's is not (the rest stays restricted). */
    private Uni<String> identify(Due due) {
        return due.part() != null ? Uni.createFrom().nullItem() : ledger.identify(due.store(), due.reference());
    }

    private Uni<Outcome> erase(Due due) {
        if (due.part() != null) {
            return operations.erasePartWithProof(due.store(), due.reference(), due.part());
        }
        // as the plan's own erasures: never take with it a record of the case still held, kept or awaiting review
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        return Panache.withSession(() -> confirmation.spared(due.itemId(), today))
                .chain(spared -> operations.eraseWithProof(due.store(), due.reference(), spared,
                        de.thwien.dsr.erasure.plans.OperatorTask.foreseenBeforeErasure(due.caseId(), due.itemId(),
                                clock)));
    }

    private Uni<List<Due>> claim(Instant now) {
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        // a part erased first is due before the rest: its date is never later than the record's
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "select * from deferred_erasure where status = 'SCHEDULED'"
                                        + " and coalesce(part_erasable_from, erasable_from) <= :today"
                                        + " and (next_attempt_at is null or next_attempt_at <= :now)"
                                        + " and (claimed_until is null or claimed_until < :now)"
                                        + " order by erasable_from, id limit :limit for update skip locked",
                                DeferredErasure.class)
                        .setParameter("today", today)
                        .setParameter("now", now)
                        .setParameter("limit", execution.batchSize())
                        .getResultList())
                .map(rows -> rows.stream().map(row -> {
                    row.claim(now, execution);
                    return new Due(row.id(), row.itemId(), row.caseId(), row.store(), row.reference(), row.partDueOn(today));
                }).toList());
    }

    private Uni<JobRun> record(List<Done> done, Instant started) {
        Instant now = clock.instant();
        JobRun run = new JobRun();
        run.job = JobRun.DEFERRED_ERASURE;
        run.startedAt = started;
        run.finishedAt = now;
        List<String> report = new ArrayList<>();
        Map<UUID, Map<Long, String>> erasedByCase = new LinkedHashMap<>();
        Map<Long, List<OperatorTask>> tasksByItem = new LinkedHashMap<>();
        // the plans first, as every decision takes them, then the deferred erasures and the items
        Uni<Void> chain = confirmation.lockPlans(done.stream().map(d -> d.due().caseId()).toList());
        for (Done d : done) {
            chain = chain.chain(() -> DeferredErasure.<DeferredErasure>findById(d.due().jobId()).chain(row -> {
                if (d.outcome().succeeded() && d.due().part() != null) {
                    row.partErased(d.outcome().referenceAfter());
                    // erasures of the case left unconfirmed for this part are confirmed now, the part with them
                    erasedByCase.computeIfAbsent(row.caseId(), c -> new LinkedHashMap<>());
                    report.add("erased the " + d.due().part() + " of " + d.due().store() + " " + d.due().reference()
                            + ", the rest stays restricted until " + row.erasableFrom().minusDays(1));
                    return confirmation.partErased(row.caseId(), row.itemId(), d.outcome().detail(),
                            d.outcome().referenceAfter(), now);
                }
                if (d.outcome().succeeded()) {
                    row.succeeded(d.outcome().detail(), now);
                    run.erased++;
                    report.add("erased " + row.store() + " " + row.reference());
                    erasedByCase.computeIfAbsent(row.caseId(), c -> new LinkedHashMap<>()).put(row.itemId(),
                            row.proof());
                    tasksByItem.put(row.itemId(), d.outcome().operatorTasks());
                    return ledger.append(row.store(), d.identity(), LedgerEntry.Action.ERASED, null, row.caseId(),
                            row.itemId(), now);
                } else {
                    run.failed++;
                    // erasures of the case held back for this one are confirmed now; it is retried, or handed on
                    erasedByCase.computeIfAbsent(row.caseId(), c -> new LinkedHashMap<>());
                    if (row.failed(d.outcome().detail(), d.outcome().refused(), maxRefusals, now, execution)) {
                        report.add("refused " + row.store() + " " + row.reference() + " (" + row.attempts()
                                + " attempts), handed to the assistant: " + d.outcome().detail());
                        return confirmation.refused(row.caseId(), row.itemId(), d.outcome().detail(), row.attempts(),
                                now);
                    }
                    report.add("failed " + row.store() + " " + row.reference() + ": " + d.outcome().detail());
                }
                return Uni.createFrom().voidItem();
            }).replaceWithVoid());
        }
        return chain
                .chain(() -> {
                    Uni<Void> confirmations = Uni.createFrom().voidItem();
                    for (Map.Entry<UUID, Map<Long, String>> entry : erasedByCase.entrySet()) {
                        confirmations = confirmations.chain(() ->
                                confirmation.erasedAfterHold(entry.getKey(), entry.getValue(), tasksByItem, now));
                    }
                    return confirmations;
                })
                .chain(() -> {
                    run.report = String.join("\n", report);
                    if (!done.isEmpty()) {
                        LOG.infof("deferred erasure: %d erased, %d failed", run.erased, run.failed);
                    }
                    return run.persist();
                })
                .replaceWith(run);
    }
}

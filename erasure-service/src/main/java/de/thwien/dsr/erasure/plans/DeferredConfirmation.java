package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.erasure.plans.lifecycle.Execution;
import de.thwien.dsr.erasure.retention.rules.RetentionPolicy;
import de.thwien.dsr.erasure.stores.RecordStores;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import io.quarkus.hibernate.reactive.panache.Panache;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Records that restricted items were erased when their hold ended and announces it with the
 * original case id: {@code restriction.lifted} per record, then {@code records.erased} naming the
 * records erased now and those still restricted. Runs in the caller's transaction, which takes the plans first
 * ({@link #lockPlans}), then their items: the order the assistant's decisions and the executor use.
 */
@ApplicationScoped
public class DeferredConfirmation {

    private final Outbox outbox;
    private final Confirmations confirmations;
    private final PlanPerson planPerson;
    private final Clock clock;

    public DeferredConfirmation(Outbox outbox, RetentionPolicy policy, PlanPerson planPerson, RecordStores stores,
            Clock clock) {
        this.outbox = outbox;
        this.confirmations = new Confirmations(policy, stores);
        this.planPerson = planPerson;
        this.clock = clock;
    }

    /**
     * Locks the plans of the erasures about to be recorded, in one order, before any of their items or deferred
     * erasures is written: a decision on the same plan then waits for the job, or the job for it, and neither
     * deadlocks with the other.
     */
    public Uni<Void> lockPlans(Collection<UUID> caseIds) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (UUID caseId : new TreeSet<>(caseIds)) {
            chain = chain.chain(() -> ErasurePlan.findById(caseId, LockModeType.PESSIMISTIC_WRITE)).replaceWithVoid();
        }
        return chain;
    }

    /**
     * The references an erasure after the hold of {@code itemId} must not take with it: the case's other records of
     * the same store still restricted, kept or awaiting the assistant (as the plan's own erasures spare them).
     */
    public Uni<Set<String>> spared(long itemId, LocalDate today) {
        return PlanItem.<PlanItem>findById(itemId).chain(entry -> entry == null ? Uni.createFrom().item(Set.<String>of())
                : PlanItem.ofCase(entry.caseId()).map(all -> PlanItem.spared(entry, all, today)));
    }

    /**
     * {@code proofByItem}: plan item id to the re-query proof of its erasure (empty when this run only erased parts);
     * {@code tasksByItem}: what each erasure left to the operator, kept on the plan and named in the confirmation like
     * the plan's own erasures'. One confirmation tells her of all erasures due on a day: while another record or part
     * of the case is still due (in another instance's run, or the next), the run that erases the last confirms them
     * all, with what is still restricted as it is then (a body erased, not "erased from today").
     */
    public Uni<Void> erasedAfterHold(UUID caseId, Map<Long, String> proofByItem,
            Map<Long, List<de.thwien.dsr.connectors.spi.OperatorTask>> tasksByItem, Instant now) {
        return ErasurePlan.<ErasurePlan>findById(caseId, LockModeType.PESSIMISTIC_WRITE)
                .chain(plan -> lockedItemsOf(caseId).chain(entries -> {
            List<PlanItem> erasedNow = entries.stream().filter(e -> proofByItem.containsKey(e.id())).toList();
            Uni<Void> chain = Uni.createFrom().voidItem();
            for (PlanItem entry : erasedNow) {
                String ended = entry.keptByNoHold()
                        ? "erased: no retention hold keeps it" : "retention hold ended on " + entry.holdUntil();
                // a record kept in use on its own basis was never restricted: the confirmation alone tells of it
                boolean wasRestricted = entry.execution() == Execution.RESTRICTED;
                entry.recordErasedAfterHold(proofByItem.get(entry.id()), now);
                chain = chain
                        .chain(() -> !wasRestricted ? Uni.createFrom().voidItem()
                                : outbox.append(new ErasureEvents.RestrictionLifted(caseId.toString(), entry.store(),
                                        entry.reference(), ended, now, true)).replaceWithVoid())
                        .chain(() -> AuditEntry.record(caseId, entry.id(), AuditEntry.SYSTEM, "ERASED_AFTER_HOLD",
                                entry.proof(), now))
                        .chain(() -> OperatorTask.reported(entry, tasksByItem.getOrDefault(entry.id(), List.of()), now))
                        .replaceWithVoid();
            }
            if (plan == null) {
                return chain;
            }
            return chain.chain(() -> Panache.getSession().chain(session -> session.flush()))
                    .chain(() -> DeferredErasure.stillDue(caseId, LocalDate.ofInstant(now, clock.getZone()), now))
                    .chain(due -> due > 0 ? Uni.createFrom().voidItem() : confirmUnconfirmed(plan, entries, now));
        }));
    }

    /** One confirmation of every erasure of the case no confirmation has told her of yet, if there is any. */
    private Uni<Void> confirmUnconfirmed(ErasurePlan plan, List<PlanItem> entries, Instant now) {
        return DeferredErasure.unconfirmedOf(plan.caseId).chain(rows -> {
            if (rows.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            Set<Long> items = new HashSet<>();
            rows.forEach(row -> {
                row.confirmed(now);
                items.add(row.itemId());
            });
            List<PlanItem> erased = entries.stream().filter(e -> items.contains(e.id())).toList();
            return planPerson.open(plan)
                    .chain(person -> OperatorTask.ofCase(plan.caseId).chain(tasks -> outbox.append(
                            confirmations.erasedAfterHold(plan, person, erased, entries, tasks))))
                    .replaceWithVoid();
        });
    }

    /** The plan's items, read as they are under their row locks (taken after the plan's). */
    private static Uni<List<PlanItem>> lockedItemsOf(UUID caseId) {
        return PlanItem.<PlanItem>find("caseId = ?1 order by id", caseId).withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    /**
     * The part of a restricted record whose hold ended first was erased (a mail's body): the item keeps the proof and
     * where the rest is now; the rest stays restricted until its own hold ends. Runs after {@link #lockPlans}.
     */
    public Uni<Void> partErased(UUID caseId, long itemId, String proof, String referenceAfter, Instant now) {
        return PlanItem.<PlanItem>findById(itemId, LockModeType.PESSIMISTIC_WRITE)
                .chain(entry -> {
                    entry.recordPartErased(proof, referenceAfter, now);
                    return AuditEntry.record(caseId, itemId, AuditEntry.SYSTEM, "PART_ERASED_AFTER_HOLD",
                            entry.partKind() + " (" + entry.partCategory() + "): " + proof, now);
                }).replaceWithVoid();
    }

    /**
     * The store refused for good to erase a restricted record whose hold ended: the record stays
     * restricted, and the plan item tells the assistant to resolve it.
     */
    public Uni<Void> refused(UUID caseId, long itemId, String error, int attempts, Instant now) {
        return ErasurePlan.findById(caseId, LockModeType.PESSIMISTIC_WRITE)
                .chain(() -> PlanItem.<PlanItem>findById(itemId, LockModeType.PESSIMISTIC_WRITE))
                .chain(entry -> {
                    entry.needsAttention(error, attempts);
                    return AuditEntry.record(caseId, itemId, AuditEntry.SYSTEM, "NEEDS_ATTENTION", error, now);
                }).replaceWithVoid();
    }
}

package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.ErasureEvents.OperatorTaskKind;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * What the operator still has to do on a store's server after a plan item's erasure (a BBB recording's raw media, a
 * Greenlight file): reported by the store, kept until the assistant confirms it done. The same instruction reported
 * again in the case (a repeated erasure, or a recording's item after the account's erasure that took the recording
 * with it) is the same task, listed once with the item that first reported it.
 */
@Entity
@Table(name = "operator_task")
public class OperatorTask extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Null for a task of routine retention, which no case asked for. */
    @Column(name = "case_id")
    public UUID caseId;

    /** Null for a task of routine retention. */
    @Column(name = "item_id")
    public Long itemId;

    @Column(nullable = false)
    public String store;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OperatorTaskKind kind;

    /** The exact command or path; store ids and keys only. */
    @Column(nullable = false)
    public String instruction;

    @Column(name = "reported_at", nullable = false)
    public Instant reportedAt;

    @Column(name = "done_at")
    public Instant doneAt;

    @Column(name = "done_by")
    public String doneBy;

    /**
     * Read from the store before its erasure ran, not yet confirmed by the erasure's recorded outcome: listed nowhere
     * until then. Kept so that a task survives an erasure whose answer is lost after the store deleted the row that
     * named it; the retry that records the item erased confirms it.
     */
    @Column(nullable = false)
    public boolean pending;

    /**
     * Records the tasks a store reported for the item's erasure, each once in the case however often it is reported,
     * and confirms those read before it ({@link #foreseenBeforeErasure}), also those of an earlier attempt whose
     * answer was lost: the erasure is recorded now, so they are the operator's.
     */
    static Uni<Void> reported(PlanItem item, List<de.thwien.dsr.connectors.spi.OperatorTask> tasks, Instant at) {
        Uni<Void> chain = update("pending = false where itemId = ?1 and pending = true", item.id()).replaceWithVoid();
        for (de.thwien.dsr.connectors.spi.OperatorTask task : tasks) {
            chain = chain.chain(() -> keep(item.caseId(), item.id(), task, false, at));
        }
        return chain;
    }

    /**
     * The step before a plan item's erasure: keeps the tasks the store says the erasure will leave, pending until the
     * erasure's outcome is recorded ({@link #reported}), in a transaction of its own that ends before the store is
     * changed.
     */
    public static Function<List<de.thwien.dsr.connectors.spi.OperatorTask>, Uni<Void>> foreseenBeforeErasure(
            UUID caseId, long itemId, Clock clock) {
        return tasks -> {
            if (tasks.isEmpty()) {
                return Uni.createFrom().voidItem();
            }
            return Panache.withTransaction(() -> {
                Uni<Void> chain = Uni.createFrom().voidItem();
                for (de.thwien.dsr.connectors.spi.OperatorTask task : tasks) {
                    chain = chain.chain(() -> keep(caseId, itemId, task, true, clock.instant()));
                }
                return chain;
            });
        };
    }

    /**
     * One task of the case, inserted once: the unique index on (case, store, instruction) decides, so two writers
     * reporting it at the same moment leave one row. Reported as confirmed, a pending row becomes confirmed.
     */
    private static Uni<Void> keep(UUID caseId, long itemId, de.thwien.dsr.connectors.spi.OperatorTask task,
            boolean pending, Instant at) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                        "insert into operator_task (case_id, item_id, store, kind, instruction, reported_at, pending)"
                                + " values (:caseId, :itemId, :store, :kind, :instruction, :at, :pending)"
                                + " on conflict (case_id, store, instruction) where case_id is not null do update"
                                + " set pending = operator_task.pending and excluded.pending")
                .setParameter("caseId", caseId)
                .setParameter("itemId", itemId)
                .setParameter("store", task.store())
                .setParameter("kind", task.kind().name())
                .setParameter("instruction", task.instruction())
                .setParameter("at", at)
                .setParameter("pending", pending)
                .executeUpdate()).replaceWithVoid();
    }

    /**
     * Records the tasks routine retention's deletions left (no case, no plan item), each once however often it is
     * reported.
     */
    public static Uni<Void> leftByRoutineRetention(List<de.thwien.dsr.connectors.spi.OperatorTask> tasks, Instant at) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (de.thwien.dsr.connectors.spi.OperatorTask task : tasks) {
            chain = chain.chain(() -> OperatorTask.count("itemId is null and store = ?1 and instruction = ?2",
                    task.store(), task.instruction()).chain(known -> {
                        if (known > 0) {
                            return Uni.createFrom().voidItem();
                        }
                        OperatorTask row = new OperatorTask();
                        row.store = task.store();
                        row.kind = task.kind();
                        row.instruction = task.instruction();
                        row.reportedAt = at;
                        return row.persist().replaceWithVoid();
                    }));
        }
        return chain;
    }

    /** Routine retention's tasks still open: no case shows them, the jobs overview does. */
    public static Uni<List<OperatorTask>> openWithoutCase() {
        return list("caseId is null and doneAt is null and pending = false order by id");
    }

    static Uni<List<OperatorTask>> ofCase(UUID caseId) {
        return list("caseId = ?1 and pending = false order by id", caseId);
    }

    boolean open() {
        return doneAt == null;
    }

    /** The operator did it, as the assistant confirms. Confirmed again: stays as first confirmed. */
    void done(String assistant, Instant at) {
        if (doneAt == null) {
            doneAt = at;
            doneBy = assistant;
        }
    }

    ErasureEvents.OpenOperatorTask toEvent(String reference) {
        return new ErasureEvents.OpenOperatorTask(store, reference, kind);
    }
}

package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.ErasureEvents.OperatorTaskKind;
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
import java.time.Instant;
import java.util.List;
import java.util.UUID;

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

    /** Records the tasks a store reported for the item, each once in the case however often it is reported. */
    static Uni<Void> reported(PlanItem item, List<de.thwien.dsr.connectors.spi.OperatorTask> tasks, Instant at) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (de.thwien.dsr.connectors.spi.OperatorTask task : tasks) {
            chain = chain.chain(() -> OperatorTask.count("caseId = ?1 and store = ?2 and instruction = ?3",
                    item.caseId(), task.store(), task.instruction()).chain(known -> {
                        if (known > 0) {
                            return Uni.createFrom().voidItem();
                        }
                        OperatorTask row = new OperatorTask();
                        row.caseId = item.caseId();
                        row.itemId = item.id();
                        row.store = task.store();
                        row.kind = task.kind();
                        row.instruction = task.instruction();
                        row.reportedAt = at;
                        return row.persist().replaceWithVoid();
                    }));
        }
        return chain;
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
        return list("caseId is null and doneAt is null order by id");
    }

    static Uni<List<OperatorTask>> ofCase(UUID caseId) {
        return list("caseId = ?1 order by id", caseId);
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

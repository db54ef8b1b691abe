package de.thwien.dsr.erasure.plans;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/** The assistant confirms that the operator did a task on a store's server (audited). */
@ApplicationScoped
public class OperatorTasks {

    /** The task as it is now, and how many of the case's tasks are still open. */
    public record Confirmed(PlanView.OperatorTaskView task, long stillOpen) {
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(OperatorTasks.class);

    private final Clock clock;

    public OperatorTasks(Clock clock) {
        this.clock = clock;
    }

    /**
     * A task of routine retention (no case) the operator did; idempotent like {@link #done(UUID, long, String)}.
     * Audited in the log by task id: the audit trail belongs to a case.
     */
    @WithTransaction
    public Uni<PlanView.OperatorTaskView> doneWithoutCase(long taskId, String assistant) {
        return OperatorTask.<OperatorTask>findById(taskId, LockModeType.PESSIMISTIC_WRITE).map(task -> {
            if (task == null || task.caseId != null) {
                throw new PlanItemNotFound("no such operator task of routine retention");
            }
            if (task.open()) {
                LOG.infof("operator task %d of routine retention confirmed done", task.id);
            }
            task.done(assistant, clock.instant());
            return PlanView.OperatorTaskView.of(task);
        });
    }

    /** Idempotent: a task confirmed again stays as first confirmed. */
    @WithTransaction
    public Uni<Confirmed> done(UUID caseId, long taskId, String assistant) {
        return OperatorTask.<OperatorTask>findById(taskId, LockModeType.PESSIMISTIC_WRITE).chain(task -> {
            if (task == null || !java.util.Objects.equals(task.caseId, caseId)) {
                return Uni.createFrom().failure(new PlanItemNotFound("no such operator task in this case's plan"));
            }
            Instant now = clock.instant();
            Uni<Void> audit = !task.open() ? Uni.createFrom().voidItem()
                    : AuditEntry.record(caseId, task.itemId, assistant, "OPERATOR_TASK_DONE",
                            task.kind + " done on " + task.store, now).replaceWithVoid();
            task.done(assistant, now);
            return audit.chain(() -> OperatorTask.count("caseId = ?1 and doneAt is null and pending = false", caseId))
                    .map(open -> new Confirmed(PlanView.OperatorTaskView.of(task), open));
        });
    }
}

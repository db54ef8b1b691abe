package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.erasure.retention.rules.RetentionPolicy;
import de.thwien.dsr.erasure.stores.RecordStores;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RestrictionGround;
import de.thwien.dsr.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Closes a plan once every item is settled (erased with proof, restricted, or kept), a restriction request's once its
 * ground is known too: emits
 * {@code records.restricted} (when anything is restricted) and the final {@code records.erased}
 * through the outbox. Runs inside the caller's transaction.
 */
@ApplicationScoped
public class PlanCompletion {

    private static final Logger LOG = Logger.getLogger(PlanCompletion.class);

    private final Outbox outbox;
    private final Clock clock;
    private final Confirmations confirmations;
    private final PlanPerson planPerson;

    public PlanCompletion(Outbox outbox, Clock clock, RetentionPolicy policy, PlanPerson planPerson,
            RecordStores stores) {
        this.outbox = outbox;
        this.clock = clock;
        this.confirmations = new Confirmations(policy, stores);
        this.planPerson = planPerson;
    }

    /**
     * Completes the plan once every item is settled. The plan row is locked first: two transactions that
     * settle a plan's last two items at the same moment (the executor and the assistant, or two instances)
     * then check one after the other, and the later one sees both items settled.
     */
    public Uni<Void> completeIfSettled(UUID caseId) {
        return ErasurePlan.<ErasurePlan>findById(caseId, LockModeType.PESSIMISTIC_WRITE).chain(plan -> {
            if (plan == null || plan.status == ErasurePlan.Status.COMPLETED) {
                return Uni.createFrom().voidItem();
            }
            return PlanItem.ofCase(caseId).chain(entries -> !entries.stream().allMatch(e -> e.execution().settled())
                    ? Uni.createFrom().voidItem()
                    : plan.requestType != RequestType.RESTRICTION ? complete(plan, entries, null)
                    // her answer says why the records are restricted and for how long: it waits for the ground
                    : RequestedRestriction.groundOf(caseId).chain(ground -> ground == null
                            ? Uni.createFrom().voidItem() : complete(plan, entries, ground)));
        });
    }

    private Uni<Void> complete(ErasurePlan plan, List<PlanItem> entries, RestrictionGround ground) {
        plan.status = ErasurePlan.Status.COMPLETED;
        plan.completedAt = clock.instant();
        LOG.infof("erasure plan of case %s completed (%d items)", plan.caseId, entries.size());
        return planPerson.open(plan).chain(person -> complete(plan, person, entries, ground));
    }

    private Uni<Void> complete(ErasurePlan plan, Person person, List<PlanItem> entries, RestrictionGround ground) {
        Uni<Void> restricted = Confirmations.restricted(entries).isEmpty()
                ? Uni.createFrom().voidItem()
                : outbox.append(confirmations.recordsRestricted(plan, person, entries)).replaceWithVoid();
        return restricted
                .chain(() -> OperatorTask.ofCase(plan.caseId))
                .chain(tasks -> outbox.append(confirmations.recordsErased(plan, person, entries, tasks, ground)))
                .chain(() -> AuditEntry.record(plan.caseId, null, AuditEntry.SYSTEM, "PLAN_COMPLETED",
                        "every item settled; confirmation events emitted", clock.instant()))
                .replaceWithVoid();
    }
}

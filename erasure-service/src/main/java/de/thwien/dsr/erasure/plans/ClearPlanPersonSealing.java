package de.thwien.dsr.erasure.plans;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Seals at start-up the person of the erasure plans written in clear before plans were sealed at rest (migration
 * V13), so no address or name stays readable without the case's key. Idempotent: a sealed plan is never picked
 * again, plans another instance is sealing at the same moment are skipped (locked), and until a plan is sealed
 * {@link PlanPerson#open} reads its plaintext. A plan whose case key is shredded already loses its person instead.
 */
@ApplicationScoped
public class ClearPlanPersonSealing {

    /** Plans per transaction. */
    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(ClearPlanPersonSealing.class);

    private final PlanPerson planPerson;

    public ClearPlanPersonSealing(PlanPerson planPerson) {
        this.planPerson = planPerson;
    }

    void onStart(@Observes StartupEvent started) {
        int total = 0;
        try {
            int sealed;
            do {
                sealed = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(this::sealBatch));
                total += sealed;
            } while (sealed == BATCH);
        } catch (Throwable e) {
            // the plans stay readable in clear and are sealed at the next start; the service still starts
            LOG.errorf("sealing the person of erasure plans stopped after %d plan(s): %s", total,
                    e.getClass().getName());
            return;
        }
        if (total > 0) {
            LOG.infof("sealed the person of %d erasure plan(s) written before sealing at rest", total);
        }
    }

    /** Seals up to {@link #BATCH} plans still in clear in the caller's transaction; returns how many. */
    public Uni<Integer> sealBatch() {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "select case_id from erasure_plan where not person_sealed order by case_id"
                                        + " limit :batch for update skip locked", UUID.class)
                        .setParameter("batch", BATCH)
                        .getResultList())
                .chain(this::sealAll);
    }

    private Uni<Integer> sealAll(List<UUID> caseIds) {
        // one after the other: they share the transaction's session
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (UUID caseId : caseIds) {
            chain = chain.chain(() -> ErasurePlan.<ErasurePlan>findById(caseId, LockModeType.PESSIMISTIC_WRITE))
                    .chain(planPerson::sealPlaintext);
        }
        return chain.replaceWith(caseIds.size());
    }
}

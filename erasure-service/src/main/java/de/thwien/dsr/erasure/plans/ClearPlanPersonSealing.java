package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.platform.keyring.ClearRowsSealing;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/**
 * Seals at start-up the person of the erasure plans written in clear before plans were sealed at rest (migration
 * V13); until a plan is sealed {@link PlanPerson#open} reads its plaintext. A plan whose case key is shredded
 * already loses its person instead.
 */
@Singleton
public class ClearPlanPersonSealing extends ClearRowsSealing<UUID> {

    private final PlanPerson planPerson;

    public ClearPlanPersonSealing(PlanPerson planPerson) {
        super("select case_id from erasure_plan where not person_sealed order by case_id", UUID.class,
                "erasure plan");
        this.planPerson = planPerson;
    }

    void onStart(@Observes StartupEvent started) {
        sealAtStart();
    }

    @Override
    protected Uni<Void> seal(UUID caseId) {
        return ErasurePlan.<ErasurePlan>findById(caseId, LockModeType.PESSIMISTIC_WRITE)
                .chain(planPerson::sealPlaintext);
    }
}

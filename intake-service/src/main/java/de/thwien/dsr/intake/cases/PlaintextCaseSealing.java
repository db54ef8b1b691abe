package de.thwien.dsr.intake.cases;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Seals at start-up the case rows written before the case file was sealed at rest (migration V5), so no
 * address, name or message stays in clear and old data stays readable. Idempotent: a sealed row is never
 * picked again, rows another instance is sealing at the same moment are skipped (locked), and until a row is
 * sealed {@link CasePersonalData#open} reads its plaintext.
 */
@ApplicationScoped
public class PlaintextCaseSealing {

    /** Rows per transaction. */
    static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(PlaintextCaseSealing.class);

    private final CasePersonalData personalData;

    public PlaintextCaseSealing(CasePersonalData personalData) {
        this.personalData = personalData;
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
            // the rows stay readable in clear and are sealed at the next start; the service still starts
            LOG.errorf("sealing plaintext case rows stopped after %d row(s): %s", total, e.getClass().getName());
            return;
        }
        if (total > 0) {
            LOG.infof("sealed the personal data of %d case row(s) written before sealing at rest", total);
        }
    }

    /** Seals up to {@link #BATCH} plaintext rows in the caller's transaction; returns how many. */
    public Uni<Integer> sealBatch() {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "select id from dsr_case where not personal_data_sealed order by id limit :batch"
                                        + " for update skip locked", UUID.class)
                        .setParameter("batch", BATCH)
                        .getResultList())
                .chain(this::sealAll);
    }

    private Uni<Integer> sealAll(List<UUID> ids) {
        // one after the other: they share the transaction's session
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (UUID id : ids) {
            chain = chain.chain(() -> CaseWorkflow.locked(id)).chain(personalData::sealPlaintext);
        }
        return chain.replaceWith(ids.size());
    }
}

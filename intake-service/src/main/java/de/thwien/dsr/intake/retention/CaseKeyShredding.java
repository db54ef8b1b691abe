package de.thwien.dsr.intake.retention;

import de.thwien.dsr.platform.crypto.KeyScopes;
import de.thwien.dsr.platform.keyring.KeyRing;
import de.thwien.dsr.intake.cases.TimelineEntry;
import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import de.thwien.dsr.platform.time.AccountabilityRetention;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Crypto-shredding at the end of a case record's retention ({@link AccountabilityRetention}, from the closing):
 * destroys the case's data key in the keyring, which makes every copy of the case's personal data in Kafka (and in
 * any outbox or dead-letter topic) and the case's own row (sealed at rest) unreadable for good. Idempotent and
 * persisted: what is due is read from the cases and the keyring each run, a shredded case is never picked again,
 * and several instances may run it at once.
 */
@ApplicationScoped
public class CaseKeyShredding {

    static final String TIMELINE_KIND = "EVENT_DATA_SHREDDED";
    /** Per run and transaction; a backlog is worked off over the next runs. */
    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(CaseKeyShredding.class);

    private final KeyRing keyRing;
    private final Clock clock;

    public CaseKeyShredding(KeyRing keyRing, Clock clock) {
        this.keyRing = keyRing;
        this.clock = clock;
    }

    @Scheduled(every = "${dsr.retention.shred-interval:6h}", delayed = "${dsr.retention.shred-interval:6h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return shredDue(clock.instant()).replaceWithVoid();
    }

    /** Shreds the keys of the cases whose retention has ended at {@code now}; returns their ids. */
    @WithTransaction
    public Uni<List<UUID>> shredDue(Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "select c.id from dsr_case c where c.status = :closed"
                                        + " and exists (select 1 from case_timeline_entry t where t.case_id = c.id"
                                        + " and t.kind = 'CASE_CLOSED' and t.occurred_at < :closedBefore)"
                                        + " and not exists (select 1 from keyring.data_key k"
                                        + " where k.scope = :scopePrefix || cast(c.id as text) and k.destroyed_at is not null)"
                                        + " order by c.id limit :batch", UUID.class)
                        .setParameter("closed", CaseStatus.CLOSED.name())
                        .setParameter("closedBefore", AccountabilityRetention.endedBefore(now).atOffset(ZoneOffset.UTC))
                        .setParameter("scopePrefix", KeyScopes.ofCase(""))
                        .setParameter("batch", BATCH)
                        .getResultList())
                .chain(due -> shredAll(due, now));
    }

    private Uni<List<UUID>> shredAll(List<UUID> due, Instant now) {
        List<UUID> shredded = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (UUID caseId : due) {
            chain = chain.chain(() -> keyRing.destroy(KeyScopes.ofCase(caseId.toString()), now))
                    // the address digest would still tell whether someone was a requester: it goes with the key
                    .chain(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                                    "update dsr_case set requester_email_digest = null where id = :id")
                            .setParameter("id", caseId).executeUpdate()))
                    .chain(() -> TimelineEntry.of(caseId, now, TIMELINE_KIND, "Retention of the case record ended: "
                            + "the case's data key was destroyed, its personal data in events and in the case record"
                            + " is unreadable", Map.of(), null, TimelineEntry.SYSTEM).persist())
                    .invoke(() -> {
                        shredded.add(caseId);
                        LOG.infof("case %s: data key shredded (retention of the case record ended)", caseId);
                    })
                    .replaceWithVoid();
        }
        return chain.replaceWith(shredded).invoke(() -> {
            if (!shredded.isEmpty()) {
                LOG.infof("crypto-shredding: %d case key(s) destroyed", shredded.size());
            }
        });
    }
}

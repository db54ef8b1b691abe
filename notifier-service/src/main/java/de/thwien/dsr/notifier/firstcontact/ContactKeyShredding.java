package de.thwien.dsr.notifier.firstcontact;

import de.thwien.dsr.platform.crypto.KeyScopes;
import de.thwien.dsr.platform.keyring.KeyRing;
import de.thwien.dsr.platform.time.AccountabilityRetention;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Crypto-shredding of first contacts: the Art. 13 notice is kept as proof as long as a case record
 * ({@link AccountabilityRetention}, from the day it was sent); then the contact's data key goes, which makes its
 * {@code contact.first-seen} events in Kafka and the archived notice unreadable for good. The address hash stays,
 * so the same address is not given the notice a second time. Idempotent; several instances may run it at once.
 */
@ApplicationScoped
public class ContactKeyShredding {

    /** Per run and transaction; a backlog is worked off over the next runs. */
    static final int BATCH = 500;
    private static final Logger LOG = Logger.getLogger(ContactKeyShredding.class);

    private final KeyRing keyRing;
    private final Clock clock;

    public ContactKeyShredding(KeyRing keyRing, Clock clock) {
        this.keyRing = keyRing;
        this.clock = clock;
    }

    @Scheduled(every = "${dsr.retention.shred-interval:6h}", delayed = "${dsr.retention.shred-interval:6h}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return shredDue(clock.instant()).replaceWithVoid();
    }

    /** Shreds the keys of the contacts whose notice's retention has ended at {@code now}; returns their ids. */
    @WithTransaction
    public Uni<List<String>> shredDue(Instant now) {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                "select f.contact_id from first_contact_notice f where f.noticed_at < :noticedBefore"
                                        + " and not exists (select 1 from keyring.data_key k"
                                        + " where k.scope = :scopePrefix || f.contact_id"
                                        + " and k.destroyed_at is not null)"
                                        + " order by f.contact_id limit :batch", String.class)
                        .setParameter("noticedBefore",
                                AccountabilityRetention.endedBefore(now).atOffset(ZoneOffset.UTC))
                        .setParameter("scopePrefix", KeyScopes.ofContact(""))
                        .setParameter("batch", BATCH)
                        .getResultList())
                .call(due -> {
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (String contactId : due) {
                        chain = chain.chain(() -> keyRing.destroy(KeyScopes.ofContact(contactId), now))
                                .replaceWithVoid();
                    }
                    return chain;
                })
                .invoke(due -> {
                    if (!due.isEmpty()) {
                        LOG.infof("crypto-shredding: %d first-contact key(s) destroyed (retention of the notice ended)",
                                due.size());
                    }
                });
    }
}

package de.thwien.dsr.erasure.ledger;

import de.thwien.dsr.erasure.ledger.LedgerEntry.Action;
import de.thwien.dsr.erasure.stores.RecordStores;
import de.thwien.dsr.erasure.stores.StoreFailure;
import de.thwien.dsr.platform.keyring.AddressDigestKey;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The erasure ledger: every executed erasure and restriction appends the keyed hash of the record's restorable
 * identity (read from the store before the write), so the restore check can recognise the record when a backup
 * brings it back. The hash key is the keyring's digest key (the same for every service, unchanged by a master-key
 * rotation), with a label of its own. Entries older than {@code dsr.ledger.retention} are purged daily.
 */
@ApplicationScoped
public class ErasureLedger {

    private static final Logger LOG = Logger.getLogger(ErasureLedger.class);
    private static final String LABEL = "erasure-ledger";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final RecordStores stores;
    private final AddressDigestKey digestKey;
    private final LedgerConfig config;
    private final Vertx vertx;
    private final Clock clock;

    public ErasureLedger(RecordStores stores, AddressDigestKey digestKey, LedgerConfig config, Vertx vertx,
            Clock clock) {
        this.stores = stores;
        this.digestKey = digestKey;
        this.config = config;
        this.vertx = vertx;
        this.clock = clock;
    }

    /**
     * The keyed hash of the record's restorable identity, read from the store now (before it is changed); null when
     * the record has none or the store cannot be asked (the write itself then fails and is retried, asking again).
     */
    public Uni<String> identify(String store, String reference) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            try {
                String identity = stores.restorableIdentity(store, reference);
                return identity == null ? null : digestOf(store, identity);
            } catch (StoreFailure | RuntimeException e) {
                LOG.debugf("restorable identity of a %s record not readable: %s", store, e.getClass().getSimpleName());
                return null;
            }
        }));
    }

    /** The keyed hash the ledger keeps for a restorable identity of {@code store}. */
    public String digestOf(String store, String identity) {
        return digestKey.digestOf(LABEL + "\n" + store + "\n" + identity);
    }

    /** Appends an executed write, in the caller's transaction; a record without a restorable identity is skipped. */
    public Uni<Void> append(String store, String identityDigest, Action action, LocalDate holdUntil, UUID caseId,
            Long itemId, Instant executedAt) {
        if (identityDigest == null) {
            return Uni.createFrom().voidItem();
        }
        return LedgerEntry.of(store, identityDigest, action, holdUntil, caseId, itemId, executedAt).persist()
                .replaceWithVoid();
    }

    @Scheduled(every = "{dsr.ledger.purge-every}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduledPurge() {
        return purge().replaceWithVoid().onFailure().recoverWithItem(failure -> {
            LOG.errorf("erasure ledger purge failed: %s", failure.getClass().getName());
            return null;
        });
    }

    /** Removes the entries (and restore-check runs) older than the retention; returns how many entries went. */
    public Uni<Long> purge() {
        Instant before = LocalDate.ofInstant(clock.instant(), BERLIN).minus(config.retention())
                .atStartOfDay(BERLIN).toInstant();
        return Panache.withTransaction(() -> LedgerEntry.delete("executedAt < ?1", before)
                .call(() -> Panache.getSession().chain(session -> session.createNativeQuery(
                        "delete from restore_check_run where started_at < :before")
                        .setParameter("before", before).executeUpdate())))
                .invoke(purged -> {
                    if (purged > 0) {
                        LOG.infof("erasure ledger: %d entries older than %s purged", purged, config.retention());
                    }
                });
    }
}

package de.thwien.dsr.notifier.cases;

import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.notifier.delivery.NoticeDelivery;
import de.thwien.dsr.notifier.delivery.SealedNotices;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Seals, once at start-up, the notices and case contacts that an older version stored in plaintext, in batches,
 * so an upgraded installation keeps its archive readable and ends up with none of it in plaintext. Rows are
 * recognised by their address column (an address has an '@', a sealed value never). Idempotent: two instances
 * starting together seal each row once (the second waits on the row lock, then the row no longer matches).
 */
@ApplicationScoped
public class LegacyNoticeSealing {

    private static final Logger LOG = Logger.getLogger(LegacyNoticeSealing.class);
    private static final int BATCH = 100;

    private final SealedNotices notices;
    private final CaseContacts contacts;

    public LegacyNoticeSealing(SealedNotices notices, CaseContacts contacts) {
        this.notices = notices;
        this.contacts = contacts;
    }

    void onStart(@Observes StartupEvent start) {
        try {
            int sealed = VertxContextSupport.subscribeAndAwait(this::sealAll);
            if (sealed > 0) {
                LOG.infof("%d plaintext notices and case contacts sealed", sealed);
            }
        } catch (Throwable e) {
            // the rows stay readable in clear and are sealed at the next start; the service still starts
            LOG.errorf("sealing plaintext notices failed: %s", e.getClass().getName());
        }
    }

    /** Seals every plaintext row; returns how many. */
    public Uni<Integer> sealAll() {
        return sealBatches(0);
    }

    private Uni<Integer> sealBatches(int sealedSoFar) {
        return Panache.withTransaction(() -> NoticeDelivery.<NoticeDelivery>find(
                                "from NoticeDelivery where kind <> ?1 and recipient like '%@%'",
                                NoticeKind.ASSISTANT_DIGEST)
                        .withLock(LockModeType.PESSIMISTIC_WRITE).page(0, BATCH).list()
                        .chain(deliveries -> each(deliveries, notices::sealLegacy).map(ignored -> deliveries.size()))
                        .chain(deliveries -> CaseContact.<CaseContact>find("email like '%@%'")
                                .withLock(LockModeType.PESSIMISTIC_WRITE).page(0, BATCH).list()
                                .chain(found -> each(found, contacts::sealLegacy).map(ignored -> deliveries + found.size()))))
                .chain(sealed -> sealed == 0 ? Uni.createFrom().item(sealedSoFar) : sealBatches(sealedSoFar + sealed));
    }

    private static <T> Uni<Void> each(List<T> rows, Function<T, Uni<Void>> seal) {
        // one after the other: the rows share the transaction's session
        Uni<Void> all = Uni.createFrom().voidItem();
        for (T row : rows) {
            all = all.chain(() -> seal.apply(row));
        }
        return all;
    }
}

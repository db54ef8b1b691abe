package de.thwien.dsr.subjectindex.index;

import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.platform.inbox.EventInbox;
import de.thwien.dsr.subjectindex.stores.StoreRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the index from outliving an erasure: on {@code records.erased} the entries of the erased records are deleted
 * (they held her e-mail, name and phone keys). A restricted record, or one from which her mention was removed, may
 * have moved (a mail into the restricted folder gets a new UID; the event names only where it is now): its store's
 * next crawl is a full one, which finds it at its new place and drops the old one ({@link Crawler}). The same for
 * {@code records.restricted}. Deleting is idempotent; the inbox applies each event once anyway.
 */
@ApplicationScoped
public class ErasedRecordsConsumer {

    private static final Logger LOG = Logger.getLogger(ErasedRecordsConsumer.class);

    private final EventInbox inbox;
    private final CrawlStates states;
    private final StoreRegistry registry;
    private final Vertx vertx;
    private final Clock clock;

    public ErasedRecordsConsumer(EventInbox inbox, CrawlStates states, StoreRegistry registry, Vertx vertx,
            Clock clock) {
        this.inbox = inbox;
        this.states = states;
        this.registry = registry;
        this.vertx = vertx;
        this.clock = clock;
    }

    @Incoming("erasure")
    public Uni<Void> onErasureEvent(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, this::onEvent);
    }

    private Uni<Void> onEvent(EventEnvelope envelope) {
        if (envelope.data() instanceof ErasureEvents.RecordsErased erased) {
            Set<String> moved = new LinkedHashSet<>();
            erased.restricted().forEach(restricted -> moved.add(restricted.store()));
            orEmpty(erased.mentionsRemoved()).forEach(redacted -> moved.add(redacted.store()));
            LOG.infof("case %s: %d erased records leave the index, full crawl due for %s", erased.caseId(),
                    erased.records().size(), moved);
            return forget(erased.records()).chain(() -> fullCrawlDue(moved));
        }
        if (envelope.data() instanceof ErasureEvents.RecordsRestricted restricted) {
            Set<String> moved = new LinkedHashSet<>();
            restricted.records().forEach(record -> moved.add(record.store()));
            LOG.infof("case %s: records restricted, full crawl due for %s", restricted.caseId(), moved);
            return fullCrawlDue(moved);
        }
        return Uni.createFrom().voidItem();
    }

    private static Uni<Void> forget(List<ErasureEvents.ErasedRecord> records) {
        return Multi.createFrom().iterable(records)
                .onItem().transformToUniAndConcatenate(erased -> Panache.getSession().chain(session -> session
                        .createNativeQuery("delete from index_entry where store = :store and reference = :reference")
                        .setParameter("store", erased.store())
                        .setParameter("reference", erased.reference())
                        .executeUpdate()))
                .collect().last().replaceWithVoid();
    }

    /** Blocking (like the crawls' own state writes) and idempotent: a redelivery after a failed commit is harmless. */
    private Uni<Void> fullCrawlDue(Set<String> stores) {
        if (stores.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            for (String store : stores) {
                if (registry.store(store).isEmpty()) {
                    continue; // a store this service does not crawl (an older or newer one's)
                }
                try {
                    states.requestFullCrawl(store, clock.instant());
                } catch (SQLException e) {
                    throw new IllegalStateException("full crawl of " + store + " not requested", e);
                }
            }
            return null;
        })).replaceWithVoid();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}

package de.thwien.dsr.subjectindex.index;

import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.connectors.identity.EmailNormaliser;
import de.thwien.dsr.connectors.identity.IdentifierKind;
import de.thwien.dsr.connectors.identity.NameNormaliser;
import de.thwien.dsr.connectors.identity.PhoneNormaliser;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.RectificationEvents;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the index from outliving an erasure: on {@code records.erased} the entries of the erased records are deleted
 * (they held her e-mail, name and phone keys). A restricted record that moved (a mail into the restricted folder gets
 * a new UID) and whose event names its earlier place has its entries moved to the new place at once, under the
 * reference the store's crawl gives it (one mail, one entry: {@code StoreReader.indexedReference}). One whose event
 * does not name it (older events), or from which her mention was removed, may have moved too: its store's next crawl
 * is a full one, which finds it at its new place and drops the old one ({@link Crawler}). The same for
 * {@code records.restricted}. On {@code records.rectified} the corrected e-mail, phone and name keys are indexed at
 * once and the store's next crawl is a full one (it drops the old keys). All idempotent; the inbox applies each event
 * once anyway.
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
            Set<String> unknownPlace = placesUnknown(erased.restricted());
            orEmpty(erased.mentionsRemoved()).forEach(redacted -> unknownPlace.add(redacted.store()));
            LOG.infof("case %s: %d erased records leave the index, full crawl due for %s", erased.caseId(),
                    erased.records().size(), unknownPlace);
            Map<String, Set<String>> named = new LinkedHashMap<>();
            erased.records().forEach(record -> name(named, record.store(), record.reference()));
            erased.restricted().forEach(record -> name(named, record));
            return indexedReferences(named).chain(indexed -> forget(erased.records(), indexed)
                            .chain(() -> relocate(erased.restricted(), indexed)))
                    .chain(() -> fullCrawlDue(unknownPlace));
        }
        if (envelope.data() instanceof ErasureEvents.RecordsRestricted restricted) {
            Set<String> unknownPlace = placesUnknown(restricted.records());
            LOG.infof("case %s: records restricted, full crawl due for %s", restricted.caseId(), unknownPlace);
            Map<String, Set<String>> named = new LinkedHashMap<>();
            restricted.records().forEach(record -> name(named, record));
            return indexedReferences(named).chain(indexed -> relocate(restricted.records(), indexed))
                    .chain(() -> fullCrawlDue(unknownPlace));
        }
        if (envelope.data() instanceof RectificationEvents.RecordsRectified rectified && rectified.personal() != null) {
            Set<String> stores = new LinkedHashSet<>();
            rectified.records().stream().filter(record -> record.outcome() == RectificationEvents.Outcome.CORRECTED)
                    .forEach(record -> stores.add(record.store()));
            LOG.infof("case %s: records rectified, new keys indexed, full crawl due for %s", rectified.caseId(),
                    stores);
            Map<String, Set<String>> named = new LinkedHashMap<>();
            rectified.personal().corrected().forEach(value -> name(named, value.store(), value.reference()));
            return indexedReferences(named)
                    .chain(indexed -> indexCorrected(rectified.personal().corrected(), clock.instant(), indexed))
                    .chain(() -> fullCrawlDue(stores));
        }
        return Uni.createFrom().voidItem();
    }

    /**
     * Art. 16: the corrected e-mail address, phone number or name of a record is found at once by the next locate;
     * the old keys leave with the store's full crawl, which reads the record as it is now.
     */
    private static Uni<Void> indexCorrected(List<RectificationEvents.CorrectedValue> corrected, java.time.Instant at,
            IndexedReferences indexed) {
        List<String[]> entries = new java.util.ArrayList<>();
        for (RectificationEvents.CorrectedValue value : corrected) {
            String reference = indexed.of(value.store(), value.reference());
            switch (value.field()) {
                case "email" -> EmailNormaliser.canonical(value.value()).ifPresent(key -> entries.add(
                        new String[] {value.store(), reference, IdentifierKind.EMAIL.name(), key}));
                case "phone", "mobile" -> PhoneNormaliser.e164(value.value()).ifPresent(key -> entries.add(
                        new String[] {value.store(), reference, IdentifierKind.PHONE.name(), key}));
                case "name", "contact_name" -> {
                    NameNormaliser.folded(value.value()).ifPresent(key -> entries.add(
                            new String[] {value.store(), reference, IdentifierKind.NAME.name(), key}));
                    NameNormaliser.phonetic(value.value()).ifPresent(key -> entries.add(new String[] {value.store(),
                            reference, IdentifierKind.NAME_PHONETIC.name(), key}));
                }
                default -> {
                    // an address line: exported and erased, never matched on
                }
            }
        }
        return Multi.createFrom().iterable(entries)
                .onItem().transformToUniAndConcatenate(entry -> Panache.getSession().chain(session -> session
                        .createNativeQuery("insert into index_entry (store, reference, kind, key, crawled_at)"
                                + " values (:store, :reference, :kind, :key, :at) on conflict do nothing")
                        .setParameter("store", entry[0])
                        .setParameter("reference", entry[1])
                        .setParameter("kind", entry[2])
                        .setParameter("key", entry[3])
                        .setParameter("at", at)
                        .executeUpdate()))
                .collect().last().replaceWithVoid();
    }

    /**
     * The stores of the restricted records whose earlier place the event does not name: they may have moved (or
     * were restricted where they are; an event written before the field existed cannot say which).
     */
    private static Set<String> placesUnknown(List<ErasureEvents.RestrictedRecord> restricted) {
        Set<String> stores = new LinkedHashSet<>();
        restricted.stream().filter(record -> !record.moved()).forEach(record -> stores.add(record.store()));
        return stores;
    }

    /**
     * A restricted record that moved keeps its keys at its new place, and its old place leaves the index at once: the
     * dashboard and the next locate never name a folder the mail has left. The new place is kept under the
     * reference the store's crawl gives the record ({@link #indexedReferences}): a mail restricted by the erasure
     * service is reported with the folder it came from, and the crawl of the restricted folder, which cannot see
     * that, must update this entry rather than add a second one for the same mail. Idempotent: a second delivery
     * finds the old place gone and copies nothing; an entry the crawl wrote first is kept as it is.
     */
    private static Uni<Void> relocate(List<ErasureEvents.RestrictedRecord> restricted, IndexedReferences indexed) {
        return Multi.createFrom().iterable(restricted.stream().filter(ErasureEvents.RestrictedRecord::moved).toList())
                .onItem().transformToUniAndConcatenate(moved -> {
                    String before = moved.referenceBefore();
                    String beforeIndexed = indexed.of(moved.store(), before);
                    String after = indexed.of(moved.store(), moved.reference());
                    return Panache.getSession().chain(session -> session
                            .createNativeQuery("insert into index_entry (store, reference, kind, key, crawled_at)"
                                    + " select store, :after, kind, key, crawled_at from index_entry"
                                    + " where store = :store and reference in (:before, :beforeIndexed)"
                                    + " on conflict do nothing")
                            .setParameter("store", moved.store())
                            .setParameter("before", before)
                            .setParameter("beforeIndexed", beforeIndexed)
                            .setParameter("after", after)
                            .executeUpdate()
                            .chain(() -> session.createNativeQuery("delete from index_entry where store = :store"
                                            + " and reference in (:before, :beforeIndexed) and reference <> :after")
                                    .setParameter("store", moved.store())
                                    .setParameter("before", before)
                                    .setParameter("beforeIndexed", beforeIndexed)
                                    .setParameter("after", after)
                                    .executeUpdate()));
                })
                .collect().last().replaceWithVoid();
    }

    /** The reported reference and the one the index keeps for it leave (a restricted mail erased after its hold). */
    private static Uni<Void> forget(List<ErasureEvents.ErasedRecord> records, IndexedReferences indexed) {
        return Multi.createFrom().iterable(records)
                .onItem().transformToUniAndConcatenate(erased -> Panache.getSession().chain(session -> session
                        .createNativeQuery("delete from index_entry where store = :store"
                                + " and reference in (:reference, :indexed)")
                        .setParameter("store", erased.store())
                        .setParameter("reference", erased.reference())
                        .setParameter("indexed", indexed.of(erased.store(), erased.reference()))
                        .executeUpdate()))
                .collect().last().replaceWithVoid();
    }

    private static void name(Map<String, Set<String>> named, ErasureEvents.RestrictedRecord record) {
        name(named, record.store(), record.reference());
        if (record.moved()) {
            name(named, record.store(), record.referenceBefore());
        }
    }

    private static void name(Map<String, Set<String>> named, String store, String reference) {
        named.computeIfAbsent(store, any -> new LinkedHashSet<>()).add(reference);
    }

    /** For each reference a writer reported, the one the index keeps ({@link #indexedReferences}). */
    private record IndexedReferences(Map<String, Map<String, String>> byStore) {

        String of(String store, String reference) {
            return byStore.getOrDefault(store, Map.of()).getOrDefault(reference, reference);
        }
    }

    /**
     * The references the index keeps for records a writer reported: the ones the store's crawl gives them
     * ({@link de.thwien.dsr.connectors.spi.StoreReader#indexedReference}). A store this service does not crawl, or a
     * reference its reader does not read, is kept as reported. Blocking: a store's reader may connect when first
     * opened.
     */
    private Uni<IndexedReferences> indexedReferences(Map<String, Set<String>> named) {
        return vertx.executeBlocking(Uni.createFrom().item(() -> {
            Map<String, Map<String, String>> byStore = new HashMap<>();
            named.forEach((store, references) -> registry.store(store).ifPresent(connected -> {
                Map<String, String> indexed = new HashMap<>();
                for (String reference : references) {
                    try {
                        indexed.put(reference, connected.reader().indexedReference(reference));
                    } catch (StoreUnavailableException | IllegalArgumentException e) {
                        indexed.put(reference, reference);
                    }
                }
                byStore.put(store, indexed);
            }));
            return new IndexedReferences(byStore);
        }));
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

package de.thwien.dsr.subjectindex.index;

import de.thwien.dsr.connectors.spi.CrawlCursor;
import de.thwien.dsr.connectors.spi.CrawlResult;
import de.thwien.dsr.connectors.spi.IndexedRecord;
import de.thwien.dsr.connectors.spi.StoreReader;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.subjectindex.contacts.FirstContacts;
import de.thwien.dsr.subjectindex.contacts.NewSender;
import de.thwien.dsr.connectors.stores.ConnectedStore;
import de.thwien.dsr.subjectindex.stores.StoreRegistry;
import de.thwien.dsr.platform.jobs.SingleInstanceJob;
import io.quarkus.scheduler.Scheduled;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fills the index from each store, incrementally from the store's saved cursor; scheduled and on
 * demand. Records are written in batches, so a crawl of a large mailbox keeps memory bounded. A
 * store that fails keeps its old cursor and the error is shown in the index status.
 *
 * <p>First contacts: on an incremental crawl, an inbound sender whose address no store knew is
 * handed to {@link FirstContacts}. The first crawl of a store only builds the index: its old
 * mail is not "first contact" (no flood of Art. 13 notices for history).
 *
 * <p>A full crawl (a store's first, or one requested by {@link CrawlStates#requestFullCrawl}, e.g. after an erasure
 * moved records) drops afterwards the store's entries it did not see: their records are gone from the store. An
 * incremental crawl sees only new records and drops nothing.
 *
 * <p>While it runs, a crawl writes its progress (records so far, the folder or table it reads) into its state, so the
 * dashboard shows the running crawl rather than the previous one.
 */
@ApplicationScoped
public class Crawler {

    private static final Logger LOG = Logger.getLogger(Crawler.class);
    static final int WRITE_BATCH = 500;
    private static final Duration STATUS_PATIENCE = Duration.ofSeconds(10);
    /** A running crawl's progress is written after this many records, this time, or at a new folder or table. */
    static final int PROGRESS_RECORDS = 250;
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(2);

    private final StoreRegistry stores;
    private final SubjectIndex index;
    private final CrawlStates states;
    private final FirstContacts firstContacts;
    private final Clock clock;
    private final Pool pool;

    public Crawler(StoreRegistry stores, SubjectIndex index, CrawlStates states, FirstContacts firstContacts,
            Clock clock, Pool pool) {
        this.stores = stores;
        this.index = index;
        this.states = states;
        this.firstContacts = firstContacts;
        this.clock = clock;
        this.pool = pool;
    }

    @Scheduled(every = "${dsr.index.crawl-every}", delayed = "${dsr.index.first-crawl-after}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledCrawl() {
        crawlAll();
    }

    public void crawlAll() {
        for (ConnectedStore store : stores.stores()) {
            crawl(store);
        }
    }

    /**
     * @return false when a crawl of that store is already running, on this instance or another (nothing done);
     *         blocking, so on a worker thread
     */
    public boolean crawl(ConnectedStore store) {
        return crawlOf(store.name()).runBlocking(() -> {
            crawlLocked(store);
            return true;
        }).isPresent();
    }

    /** Whether any instance crawls the store right now; blocking. */
    public boolean isRunning(String store) {
        return crawlOf(store).isRunning().await().atMost(STATUS_PATIENCE);
    }

    /**
     * One lock per store (public for tests that play another instance crawling): two crawls of a store, on two instances or two threads of one (each takes its own pooled
     * connection), would index the same records twice and race on the cursor; crawls of different stores may overlap.
     */
    public static SingleInstanceJob crawlOf(String store, Pool pool) {
        return SingleInstanceJob.named("crawl/" + store, pool);
    }

    private SingleInstanceJob crawlOf(String store) {
        return crawlOf(store, pool);
    }

    private void crawlLocked(ConnectedStore store) {
        try {
            Instant startedAt = clock.instant();
            states.started(store.name(), startedAt);
            String saved = states.of(store.name()).map(CrawlStates.CrawlState::cursor).orElse("");
            boolean full = saved.isEmpty() || states.fullCrawlDue(store.name());
            CrawlCursor cursor = full ? CrawlCursor.START : new CrawlCursor(saved);
            StoreReader reader = store.reader();
            // first contacts: only the store's very first crawl is history, a later full crawl reads new mail too
            Batch batch = new Batch(store.name(), !saved.isEmpty(), startedAt,
                    new Progress(store.name(), reader, startedAt));
            CrawlResult result = reader.crawl(cursor, batch::add);
            batch.flush();
            for (String stale : result.recrawledPrefixes()) {
                index.dropPrefix(store.name(), stale);
            }
            if (full) {
                // every record the store holds was written by this crawl: what it did not see is gone from the store
                index.dropNotCrawledSince(store.name(), startedAt);
                states.fullCrawlDone(store.name(), startedAt);
            }
            states.succeeded(store.name(), startedAt, clock.instant(), result.next().value(), result.recordsVisited());
            LOG.infof("crawl of %s indexed %d records", store.name(), result.recordsVisited());
        } catch (StoreUnavailableException e) {
            recordFailure(store, e.getMessage());
        } catch (SQLException | IndexWriteException e) {
            recordFailure(store, "index database error (" + e.getClass().getSimpleName() + ")");
        } catch (RuntimeException e) {
            // a bug or an unexpected store answer: shown in the status, the next crawl tries again
            recordFailure(store, "crawl failed (" + e.getClass().getSimpleName() + ")");
            // not the exception's message: a store's or driver's message may quote a record (an address, a name)
            StackTraceElement where = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
            LOG.errorf("crawl of %s failed: %s at %s%s", store.name(), e.getClass().getName(), where,
                    e.getCause() == null ? "" : ", caused by " + e.getCause().getClass().getName());
        }
    }

    private void recordFailure(ConnectedStore store, String error) {
        LOG.warnf("crawl of %s failed: %s", store.name(), error);
        try {
            states.failed(store.name(), clock.instant(), error);
        } catch (SQLException e) {
            LOG.errorf("crawl state of %s could not be saved (%s)", store.name(), e.getClass().getSimpleName());
        }
    }

    /** Records waiting to be written, and the first-contact candidates among them. */
    private final class Batch {
        private final String store;
        private final boolean incremental;
        private final List<IndexedRecord> records = new ArrayList<>();
        private final Map<String, NewSender> newSenders = new LinkedHashMap<>();
        private final Instant crawlStartedAt;
        private final Progress progress;

        Batch(String store, boolean incremental, Instant crawlStartedAt, Progress progress) {
            this.store = store;
            this.incremental = incremental;
            this.crawlStartedAt = crawlStartedAt;
            this.progress = progress;
        }

        void add(IndexedRecord record) {
            try {
                // checked before the record itself is written: otherwise every sender would be known
                if (incremental && record.inboundFrom() != null && !newSenders.containsKey(record.inboundFrom())
                        && !index.knowsEmail(record.inboundFrom())) {
                    newSenders.put(record.inboundFrom(), new NewSender(record.inboundFrom(),
                            record.inboundLanguage(), record.inboundAutomatic()));
                }
                records.add(record);
                progress.read(record);
                if (records.size() >= WRITE_BATCH) {
                    flush();
                }
            } catch (SQLException e) {
                throw new IndexWriteException(e);
            }
        }

        /**
         * Announces the batch's new senders first: if that fails, the records are not written and the
         * cursor stays, so the next crawl sees the senders as new again (known_contact dedupes).
         */
        void flush() throws SQLException {
            if (!newSenders.isEmpty()) {
                firstContacts.announce(List.copyOf(newSenders.values()));
                newSenders.clear();
            }
            index.put(store, records, crawlStartedAt);
            records.clear();
        }
    }

    /** Counts a crawl's records and writes how far it got, cheaply: not for every record. */
    private final class Progress {
        private final String store;
        private final StoreReader reader;
        private long records;
        private String place;
        private long recordsAtLastWrite;
        private Instant lastWrite;

        Progress(String store, StoreReader reader, Instant startedAt) {
            this.store = store;
            this.reader = reader;
            this.lastWrite = startedAt;
        }

        void read(IndexedRecord record) throws SQLException {
            records++;
            String now = reader.placeOf(record.reference());
            boolean newPlace = now != null && !now.equals(place);
            place = now == null ? place : now;
            Instant at = clock.instant();
            if (newPlace || records - recordsAtLastWrite >= PROGRESS_RECORDS
                    || !at.isBefore(lastWrite.plus(PROGRESS_EVERY))) {
                states.progressed(store, records, place, at);
                recordsAtLastWrite = records;
                lastWrite = at;
            }
        }
    }

    /** Carries an index write failure out of the crawl's record callback. */
    static final class IndexWriteException extends RuntimeException {
        IndexWriteException(SQLException cause) {
            super(cause);
        }
    }
}

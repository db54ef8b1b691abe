package de.thwien.dsr.subjectindex.index;

import de.thwien.dsr.connectors.stores.ConnectedStore;
import de.thwien.dsr.subjectindex.stores.StoreRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Makes sure the index holds what the stores held at a moment before a locate looks into it: the scheduled crawl runs
 * only every {@code dsr.index.crawl-every}, so a mail that arrived since would be missing from an answer (and left in
 * the mailbox by an erasure). A store counts as caught up once a crawl of it that <em>started</em> at or after the
 * moment has succeeded; otherwise it is crawled now, incrementally from its cursor. Many cases share one such crawl:
 * any crawl that started after a case's moment serves it. A crawl of the store that is running (on another instance
 * or thread) is waited for, within {@link CatchUpConfig#patience()}, then checked again: if it started too early the
 * store is crawled once more. A store whose catch-up crawl fails, or is still running when the patience is used up,
 * is named in {@link CaughtUp#notCaughtUp()}: the locate reports it unavailable, never answers from its stale index.
 * A store that was never crawled successfully is left to its first (full) crawl: the locate reports it "not indexed
 * yet" as before.
 *
 * <p>Blocking (crawls, JDBC): call it on a worker thread, and outside a transaction, which would otherwise stay open
 * for the length of the crawls.
 */
@ApplicationScoped
public class CatchUpCrawls {

    private static final Logger LOG = Logger.getLogger(CatchUpCrawls.class);
    static final String CRAWL_FAILED = "not crawled since the request: the catch-up crawl failed";
    static final String STILL_CRAWLING = "not crawled since the request: a crawl of the store was still running";
    private static final Duration POLL = Duration.ofMillis(200);

    private final StoreRegistry stores;
    private final Crawler crawler;
    private final CrawlStates states;
    private final CatchUpConfig config;
    private final Clock clock;

    public CatchUpCrawls(StoreRegistry stores, Crawler crawler, CrawlStates states, CatchUpConfig config,
            Clock clock) {
        this.stores = stores;
        this.crawler = crawler;
        this.states = states;
        this.config = config;
        this.clock = clock;
    }

    /**
     * @param moment what the index must hold: everything the stores held then (a case's verification; a moment
     *               after now counts as now, so a clock ahead of ours cannot make us wait)
     */
    public CaughtUp since(Instant moment) {
        Instant now = clock.instant();
        Instant since = moment.isAfter(now) ? now : moment;
        Instant patientUntil = now.plus(config.patience());
        Map<String, String> notCaughtUp = new LinkedHashMap<>();
        for (ConnectedStore store : stores.stores()) {
            try {
                catchUp(store, since, patientUntil).ifPresent(reason -> notCaughtUp.put(store.name(), reason));
            } catch (RuntimeException e) {
                // the index database or the crawl lock out of reach: the store is not searched, not the case lost
                LOG.warnf("catch-up of %s failed: %s", store.name(), e.getClass().getName());
                notCaughtUp.put(store.name(), CRAWL_FAILED);
            }
        }
        return new CaughtUp(since, notCaughtUp);
    }

    /** @return why the store is not caught up; empty if it is (or was never indexed) */
    private Optional<String> catchUp(ConnectedStore store, Instant since, Instant patientUntil) {
        boolean crawledHere = false;
        while (true) {
            Optional<CrawlStates.Freshness> freshness = freshnessOf(store);
            if (freshness.isEmpty() || !freshness.get().everIndexed() || freshness.get().crawledSince(since)) {
                return Optional.empty();
            }
            if (crawledHere) {
                return Optional.of(freshness.get().lastError() == null ? CRAWL_FAILED
                        : CRAWL_FAILED + " (" + freshness.get().lastError() + ")");
            }
            if (crawler.crawl(store)) {
                crawledHere = true;
            } else if (clock.instant().isBefore(patientUntil) && pause()) {
                LOG.debugf("catch-up of %s waits for the running crawl", store.name());
            } else {
                LOG.warnf("catch-up of %s: a crawl was still running after the patience", store.name());
                return Optional.of(STILL_CRAWLING);
            }
        }
    }

    private Optional<CrawlStates.Freshness> freshnessOf(ConnectedStore store) {
        try {
            return states.freshnessOf(store.name());
        } catch (SQLException e) {
            throw new IllegalStateException("crawl state not readable", e);
        }
    }

    /** @return false if interrupted (the caller gives up waiting) */
    private static boolean pause() {
        try {
            Thread.sleep(POLL.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

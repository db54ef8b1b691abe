package de.thwien.dsr.subjectindex.index;

import de.thwien.dsr.platform.metrics.GaugeTable;
import de.thwien.dsr.platform.metrics.RefreshedGauges;
import de.thwien.dsr.subjectindex.stores.StoreRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The crawls as gauges per store (README, "Metrics"): {@code dsr_crawl_age_seconds} (since the last successful crawl
 * finished; NaN before the first), {@code dsr_crawl_never_completed} (1 for a configured store no crawl has ever
 * succeeded for, so that an alert fires where the age has no value) and {@code dsr_crawl_records} (records of the store
 * in the index, as the index status counts them: an incremental crawl that saw nothing new leaves it as it was).
 */
@ApplicationScoped
public class CrawlGauges implements RefreshedGauges {

    private final Pool pool;
    private final Clock clock;
    private final List<String> stores;
    private final GaugeTable age;
    private final GaugeTable neverCompleted;
    private final GaugeTable records;

    public CrawlGauges(Pool pool, Clock clock, MeterRegistry registry, StoreRegistry stores) {
        this.pool = pool;
        this.clock = clock;
        this.stores = stores.names();
        this.age = GaugeTable.ages(registry, "dsr.crawl.age", "Time since the store's last successful crawl finished",
                "store");
        this.neverCompleted = GaugeTable.counts(registry, "dsr.crawl.never.completed",
                "1 while no crawl of the configured store has ever succeeded", "store");
        this.records = GaugeTable.counts(registry, "dsr.crawl.records", "Records of the store in the index", "store");
        this.stores.forEach(store -> {
            age.expect(List.of(store));
            records.expect(List.of(store));
        });
    }

    @Override
    public Uni<Void> refresh() {
        return pool.query("select s.store, s.last_succeeded_at, (select count(distinct e.reference) from index_entry e"
                        + " where e.store = s.store) from crawl_state s").execute()
                .invoke(rows -> {
                    Map<List<String>, Long> ages = new HashMap<>();
                    Map<List<String>, Long> indexed = new HashMap<>();
                    Map<List<String>, Long> never = new HashMap<>();
                    stores.forEach(store -> never.put(List.of(store), 1L));
                    for (Row row : rows) {
                        List<String> store = List.of(row.getString(0));
                        OffsetDateTime succeeded = row.getOffsetDateTime(1);
                        if (succeeded != null) {
                            ages.put(store, Math.max(0,
                                    Duration.between(succeeded.toInstant(), clock.instant()).toSeconds()));
                            never.put(store, 0L);
                        }
                        indexed.put(store, row.getLong(2));
                    }
                    age.replace(ages);
                    neverCompleted.replace(never);
                    records.replace(indexed);
                })
                .replaceWithVoid();
    }
}

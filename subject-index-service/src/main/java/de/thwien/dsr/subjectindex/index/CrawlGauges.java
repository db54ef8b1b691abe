package de.thwien.dsr.subjectindex.index;

import de.thwien.dsr.platform.metrics.GaugeTable;
import de.thwien.dsr.platform.metrics.RefreshedGauges;
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
 * finished; NaN before the first) and {@code dsr_crawl_records} (records the last successful crawl visited). Read
 * from {@code crawl_state} through the reactive pool: one cheap row per store, no count over the index.
 */
@ApplicationScoped
public class CrawlGauges implements RefreshedGauges {

    private final Pool pool;
    private final Clock clock;
    private final GaugeTable age;
    private final GaugeTable records;

    public CrawlGauges(Pool pool, Clock clock, MeterRegistry registry) {
        this.pool = pool;
        this.clock = clock;
        this.age = GaugeTable.ages(registry, "dsr.crawl.age", "Time since the store's last successful crawl finished",
                "store");
        this.records = GaugeTable.counts(registry, "dsr.crawl.records",
                "Records the store's last successful crawl visited", "store");
    }

    @Override
    public Uni<Void> refresh() {
        return pool.query("select store, last_succeeded_at, last_records_seen from crawl_state").execute()
                .invoke(rows -> {
                    Map<List<String>, Long> ages = new HashMap<>();
                    Map<List<String>, Long> seen = new HashMap<>();
                    for (Row row : rows) {
                        List<String> store = List.of(row.getString(0));
                        OffsetDateTime succeeded = row.getOffsetDateTime(1);
                        if (succeeded != null) {
                            ages.put(store, Math.max(0,
                                    Duration.between(succeeded.toInstant(), clock.instant()).toSeconds()));
                        }
                        seen.put(store, row.getLong(2));
                    }
                    age.replace(ages);
                    records.replace(seen);
                })
                .replaceWithVoid();
    }
}

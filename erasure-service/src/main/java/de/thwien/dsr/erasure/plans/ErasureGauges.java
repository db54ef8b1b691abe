package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.erasure.plans.lifecycle.Execution;
import de.thwien.dsr.platform.metrics.GaugeTable;
import de.thwien.dsr.platform.metrics.RefreshedGauges;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Erasure as gauges (README, "Metrics"): {@code dsr_erasure_items{status}} (plan items by execution state) and
 * {@code dsr_deferred_erasures_due_within_30_days} (scheduled deferred erasures whose hold, or earlier part's hold,
 * ends within the next 30 days, overdue ones included).
 */
@ApplicationScoped
public class ErasureGauges implements RefreshedGauges {

    static final int DUE_WITHIN_DAYS = 30;
    private static final List<String> NO_LABELS = List.of();

    private final Pool pool;
    private final Clock clock;
    private final GaugeTable items;
    private final GaugeTable deferredDue;

    public ErasureGauges(Pool pool, Clock clock, MeterRegistry registry) {
        this.pool = pool;
        this.clock = clock;
        this.items = GaugeTable.counts(registry, "dsr.erasure.items", "Erasure plan items by execution state",
                "status");
        for (Execution state : Execution.values()) {
            items.expect(List.of(state.name()));
        }
        this.deferredDue = GaugeTable.counts(registry, "dsr.deferred.erasures.due.within.30.days",
                "Scheduled deferred erasures due within the next 30 days").expect(NO_LABELS);
    }

    @Override
    public Uni<Void> refresh() {
        // the day as the deferred-erasure job counts it (the service clock's zone, Europe/Berlin)
        LocalDate today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        Uni<Void> byState = pool.query("select execution, count(*) from plan_item group by execution").execute()
                .invoke(rows -> {
                    Map<List<String>, Long> counts = new HashMap<>();
                    for (Row row : rows) {
                        counts.put(List.of(row.getString(0)), row.getLong(1));
                    }
                    items.replace(counts);
                })
                .replaceWithVoid();
        Uni<Void> due = pool.preparedQuery("select count(*) from deferred_erasure where status = 'SCHEDULED'"
                        + " and coalesce(part_erasable_from, erasable_from) <= $1")
                .execute(Tuple.of(today.plusDays(DUE_WITHIN_DAYS)))
                .invoke(rows -> deferredDue.replace(Map.of(NO_LABELS, rows.iterator().next().getLong(0))))
                .replaceWithVoid();
        return byState.chain(() -> due);
    }
}

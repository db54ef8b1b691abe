package de.thwien.dsr.platform.outbox;

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
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbox's backlog as gauges: {@code dsr_outbox_backlog} (events not yet published) and
 * {@code dsr_outbox_oldest_unsent_age_seconds} (0 when none waits), labelled with the service. A relay that cannot
 * reach Kafka shows as a growing age.
 */
@ApplicationScoped
public class OutboxGauges implements RefreshedGauges {

    private final Pool pool;
    private final Clock clock;
    private final List<String> service;
    private final GaugeTable backlog;
    private final GaugeTable oldestAge;

    public OutboxGauges(Pool pool, Clock clock, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.pool = pool;
        this.clock = clock;
        this.service = List.of(service);
        this.backlog = GaugeTable.counts(registry, "dsr.outbox.backlog",
                "Events in the outbox not yet published to Kafka", "service").expect(this.service);
        this.oldestAge = GaugeTable.ages(registry, "dsr.outbox.oldest.unsent.age",
                "Age of the oldest event not yet published (0 when none waits)", "service").expect(this.service);
    }

    @Override
    public Uni<Void> refresh() {
        return pool.query("select count(*), min(occurred_at) from outbox_event where published_at is null")
                .execute()
                .invoke(rows -> {
                    Row row = rows.iterator().next();
                    OffsetDateTime oldest = row.getOffsetDateTime(1);
                    long age = oldest == null ? 0
                            : Math.max(0, Duration.between(oldest.toInstant(), clock.instant()).toSeconds());
                    backlog.replace(Map.of(service, row.getLong(0)));
                    oldestAge.replace(Map.of(service, age));
                })
                .replaceWithVoid();
    }
}

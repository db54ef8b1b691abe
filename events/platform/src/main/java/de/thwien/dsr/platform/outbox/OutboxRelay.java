package de.thwien.dsr.platform.outbox;

import de.thwien.dsr.platform.codec.CloudEventHeaders;
import de.thwien.dsr.platform.tracing.CaseTracing;
import de.thwien.dsr.platform.jobs.SingleInstanceJob;
import io.opentelemetry.api.trace.Span;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes unsent outbox rows to Kafka in insertion order and marks them sent.
 *
 * <p>Delivery is at least once: a crash after the broker acknowledged a record but before the
 * row is marked sends it again after restart, with the same event id, and consumers deduplicate
 * on that id. One relay per service runs at a time across its instances (a PostgreSQL advisory lock), so the
 * order per case is the order of the rows. The relay talks to PostgreSQL through the reactive
 * pool, not a Hibernate session, because it waits for Kafka acknowledgements between statements.
 */
@ApplicationScoped
public class OutboxRelay {

    public static final String CHANNEL = "outbox";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /**
     * The advisory lock that elects the one active relay of a service: arbitrary but fixed first key, the
     * service's schema as second key. Advisory locks are per database and the services share one, so
     * without the schema one service's relay would make every other service's relay skip its turn.
     */
    private static final int RELAY_LOCK = 1146311169;
    public static final String TRY_LOCK = "select pg_try_advisory_lock(" + RELAY_LOCK + ", hashtext(current_schema()))";
    private static final int BATCH_SIZE = 200;

    private final MutinyEmitter<String> emitter;
    private final CaseTracing tracing;
    private final SingleInstanceJob relayLock;
    private final Clock clock;
    private final Vertx vertx;
    private final Duration pollInterval;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile boolean paused;
    private long timerId;

    public OutboxRelay(@Channel(CHANNEL) MutinyEmitter<String> emitter, CaseTracing tracing, Pool pool, Clock clock,
            Vertx vertx,
            @ConfigProperty(name = "dsr.outbox.poll-interval", defaultValue = "PT0.2S") Duration pollInterval) {
        this.emitter = emitter;
        this.tracing = tracing;
        this.relayLock = SingleInstanceJob.onePerSchema(RELAY_LOCK, "outbox-relay", pool);
        this.clock = clock;
        this.vertx = vertx;
        this.pollInterval = pollInterval;
    }

    /** Starts polling when the service starts: rows left unsent by a crash go out first. */
    void start(@Observes StartupEvent started) {
        timerId = vertx.setPeriodic(pollInterval.toMillis(), ignored -> runOnce());
    }

    void stop(@Observes ShutdownEvent stopping) {
        vertx.cancelTimer(timerId);
    }

    /** Stops publishing until {@link #resume()}; committed events wait in the outbox meanwhile. */
    public void pause() {
        paused = true;
    }

    public void resume() {
        paused = false;
    }

    private void runOnce() {
        if (paused || !running.compareAndSet(false, true)) {
            return;
        }
        publishPending().subscribe().with(
                published -> running.set(false),
                failure -> {
                    // the rows stay unsent and the next run tries again
                    LOG.warnf("outbox relay run failed: %s", failure.getClass().getName());
                    running.set(false);
                });
    }

    /** Publishes what is pending; returns how many events were published. */
    public Uni<Integer> publishPending() {
        return relayLock.run(0, this::publishBatch);
    }

    private Uni<Integer> publishBatch(SqlConnection connection) {
        return connection.preparedQuery("select sequence, event_id, topic, record_key, event_type, source,"
                        + " occurred_at, payload from outbox_event where published_at is null"
                        + " order by sequence limit $1")
                .execute(Tuple.of(BATCH_SIZE))
                .map(rows -> {
                    List<Row> list = new java.util.ArrayList<>();
                    rows.forEach(list::add);
                    return list;
                })
                .chain(rows -> Multi.createFrom().iterable(rows)
                        .onItem().transformToUniAndConcatenate(row -> publish(row)
                                .chain(() -> markPublished(connection, row.getLong("sequence"))))
                        .collect().asList()
                        .map(List::size));
    }

    private Uni<Void> publish(Row row) {
        UUID eventId = row.getUUID("event_id");
        RecordHeaders headers = new RecordHeaders();
        CloudEventHeaders.of(eventId, row.getString("source"), row.getString("event_type"),
                        row.getString("record_key"), row.getOffsetDateTime("occurred_at").toInstant())
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        Span span = tracing.startPublish(eventId, row.getString("event_type"), row.getString("topic"),
                row.getString("record_key"), headers);
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(row.getString("topic"))
                .withKey(row.getString("record_key"))
                .withHeaders(headers)
                .build();
        return emitter.sendMessage(Message.of(row.getString("payload")).addMetadata(metadata))
                .onTermination().invoke((ignored, failure, cancelled) -> CaseTracing.end(span, failure));
    }

    private Uni<Void> markPublished(SqlConnection connection, long sequence) {
        return connection.preparedQuery("update outbox_event set published_at = $1 where sequence = $2")
                .execute(Tuple.of(clock.instant().atOffset(ZoneOffset.UTC), sequence))
                .replaceWithVoid();
    }
}

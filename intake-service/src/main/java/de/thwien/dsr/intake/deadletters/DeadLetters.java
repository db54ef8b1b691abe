package de.thwien.dsr.intake.deadletters;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.Topics;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The dead letters of every service: recorded once per record of a dead-letter topic, listed and counted while
 * open, replayed to their original topic or marked handled with a note by the owner. A replay is addressed to the
 * consumer group that failed (the other consumers of the topic skip it), and that consumer deduplicates by event id
 * in its inbox, so a replayed event it had already applied has no second effect.
 */
@ApplicationScoped
public class DeadLetters {

    /** The producer channel of replays: key, value and headers as bytes, as they were. */
    public static final String REPLAY_CHANNEL = "dead-letter-replay";
    /** How many dead letters one list answer holds at most (newest first). */
    public static final int MAX_LISTED = 500;

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);
    private static final String COLUMNS = "id, dlq_topic, dlq_partition, dlq_offset, original_topic,"
            + " original_partition, original_offset, key_text, case_id, event_id, event_type, reason, cause,"
            + " exception_class, dead_lettered_at, recorded_at, status, resolved_by, resolved_at, note, record_headers";

    private final Pool pool;
    private final MutinyEmitter<byte[]> replays;
    private final Clock clock;

    public DeadLetters(Pool pool, @Channel(REPLAY_CHANNEL) MutinyEmitter<byte[]> replays, Clock clock) {
        this.pool = pool;
        this.replays = replays;
        this.clock = clock;
    }

    /** Records a record of a dead-letter topic; true the first time, false when it was recorded before. */
    public Uni<Boolean> record(ConsumerRecord<byte[], byte[]> record) {
        ReceivedDeadLetter letter = ReceivedDeadLetter.of(record, clock.instant());
        List<Object> values = Arrays.asList(letter.dlqTopic(), letter.dlqPartition(), letter.dlqOffset(),
                letter.originalTopic(), letter.originalPartition(), letter.originalOffset(), buffer(letter.key()),
                letter.keyText(), letter.caseId(), letter.eventId(), letter.eventType(), letter.reason(),
                letter.cause(), letter.exceptionClass(), utc(letter.deadLetteredAt()), utc(clock.instant()),
                buffer(letter.value()), StoredHeaders.encode(letter.headers()));
        return pool.preparedQuery("insert into dead_letter (dlq_topic, dlq_partition, dlq_offset, original_topic,"
                        + " original_partition, original_offset, record_key, key_text, case_id, event_id, event_type,"
                        + " reason, cause, exception_class, dead_lettered_at, recorded_at, record_value,"
                        + " record_headers) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15,"
                        + " $16, $17, $18) on conflict (dlq_topic, dlq_partition, dlq_offset) do nothing")
                .execute(Tuple.from(values))
                .map(rows -> rows.rowCount() == 1)
                .invoke(first -> {
                    if (first) {
                        // names where and which event, never the value or the reason (they may quote input)
                        LOG.warnf("dead letter recorded: %s-%d@%d, event %s (%s) of %s", letter.dlqTopic(),
                                letter.dlqPartition(), letter.dlqOffset(), letter.eventId(), letter.eventType(),
                                letter.caseId() == null ? "no case" : "case " + letter.caseId());
                    }
                });
    }

    /** Dead letters, newest first, at most {@link #MAX_LISTED}; all of them when {@code status} is null. */
    public Uni<List<DeadLetter>> list(DeadLetterStatus status) {
        Uni<io.vertx.mutiny.sqlclient.RowSet<Row>> rows = status == null
                ? pool.preparedQuery("select " + COLUMNS + " from dead_letter order by id desc limit $1")
                        .execute(Tuple.of(MAX_LISTED))
                : pool.preparedQuery("select " + COLUMNS + " from dead_letter where status = $1"
                        + " order by id desc limit $2").execute(Tuple.of(status.name(), MAX_LISTED));
        return rows.map(DeadLetters::all);
    }

    /** The latest replayed or handled dead letters, last resolved first. */
    public Uni<List<DeadLetter>> recentlyResolved(int limit) {
        return pool.preparedQuery("select " + COLUMNS + " from dead_letter where status <> 'OPEN'"
                + " order by resolved_at desc, id desc limit $1").execute(Tuple.of(limit)).map(DeadLetters::all);
    }

    /** The dead letter, or 404 problem+json. */
    public Uni<DeadLetter> get(long id) {
        return pool.preparedQuery("select " + COLUMNS + " from dead_letter where id = $1").execute(Tuple.of(id))
                .map(rows -> all(rows).stream().findFirst().orElseThrow(DeadLetters::notFound));
    }

    /** Open dead letters per dead-letter topic: every twin of a business topic, with 0 where there are none. */
    public Uni<List<CaseEvents.DeadLetterCount>> openPerTopic() {
        return pool.query("select dlq_topic, count(*) from dead_letter where status = 'OPEN' group by dlq_topic")
                .execute().map(rows -> {
                    Map<String, Long> open = new LinkedHashMap<>();
                    Topics.deadLetterTopics().forEach(topic -> open.put(topic, 0L));
                    rows.forEach(row -> open.put(row.getString(0), row.getLong(1)));
                    return open.entrySet().stream()
                            .map(entry -> new CaseEvents.DeadLetterCount(entry.getKey(), entry.getValue())).toList();
                });
    }

    public Uni<Long> openCount() {
        return pool.query("select count(*) from dead_letter where status = 'OPEN'").execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /**
     * Publishes the record again to its original topic with its key, value and own headers, addressed to the consumer
     * group that failed ({@code dsr-replay-for}: the other consumers of the topic skip it), and marks it
     * REPLAYED by {@code actor}. The row stays locked until the broker acknowledged, so a second replay at the
     * same moment waits and then gets 409; if the mark is lost after the publish, a later replay publishes once
     * more and the consumers' inboxes drop the duplicate.
     */
    public Uni<DeadLetter> replay(long id, String actor) {
        return pool.withTransaction(connection -> lockOpen(connection, id, DeadLetterStatus.REPLAYED)
                        .chain(row -> publish(row).chain(() -> resolve(connection, id, DeadLetterStatus.REPLAYED,
                                actor, null))))
                .invoke(() -> LOG.infof("dead letter %d replayed by %s", id, actor))
                .chain(() -> get(id));
    }

    /** Marks the dead letter HANDLED by {@code actor} with her note (required: what was done, or why nothing). */
    public Uni<DeadLetter> markHandled(long id, String note, String actor) {
        if (note == null || note.isBlank() || note.length() > ReceivedDeadLetter.MAX_TEXT || note.indexOf('\0') >= 0) {
            return Uni.createFrom().failure(new HandledNoteMissing());
        }
        return pool.withTransaction(connection -> lockOpen(connection, id, DeadLetterStatus.HANDLED)
                        .chain(row -> resolve(connection, id, DeadLetterStatus.HANDLED, actor, note.strip())))
                .invoke(() -> LOG.infof("dead letter %d marked handled by %s", id, actor))
                .chain(() -> get(id));
    }

    private Uni<Row> lockOpen(SqlConnection connection, long id, DeadLetterStatus next) {
        return connection.preparedQuery("select original_topic, record_key, record_value, record_headers, status,"
                        + " resolved_by from dead_letter where id = $1 for update").execute(Tuple.of(id))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw notFound();
                    }
                    Row row = rows.iterator().next();
                    DeadLetterStatus status = DeadLetterStatus.valueOf(row.getString("status"));
                    if (!status.allows(next)) {
                        throw new DeadLetterResolved(id, status, row.getString("resolved_by"));
                    }
                    return row;
                });
    }

    private Uni<Void> publish(Row row) {
        RecordHeaders headers = new RecordHeaders();
        StoredHeaders.forReplay(row.getString("record_headers")).forEach(headers::add);
        Buffer key = row.getBuffer("record_key");
        Buffer value = row.getBuffer("record_value");
        OutgoingKafkaRecordMetadata<byte[]> metadata = OutgoingKafkaRecordMetadata.<byte[]>builder()
                .withTopic(row.getString("original_topic"))
                .withKey(key == null ? null : key.getBytes())
                .withHeaders(headers)
                .build();
        return replays.sendMessage(Message.of(value == null ? null : value.getBytes()).addMetadata(metadata))
                .onFailure().transform(failure -> {
                    LOG.warnf("replay to %s not acknowledged: %s", row.getString("original_topic"),
                            failure.getClass().getName());
                    return new ReplayNotAcknowledged();
                });
    }

    private Uni<Void> resolve(SqlConnection connection, long id, DeadLetterStatus status, String actor,
            String note) {
        return connection.preparedQuery("update dead_letter set status = $2, resolved_by = $3, resolved_at = $4,"
                        + " note = $5 where id = $1")
                .execute(Tuple.of(id, status.name(), actor, utc(clock.instant()), note))
                .replaceWithVoid();
    }

    private static List<DeadLetter> all(io.vertx.mutiny.sqlclient.RowSet<Row> rows) {
        List<DeadLetter> letters = new ArrayList<>();
        rows.forEach(row -> letters.add(new DeadLetter(row.getLong("id"), row.getString("dlq_topic"),
                row.getInteger("dlq_partition"), row.getLong("dlq_offset"), row.getString("original_topic"),
                row.getInteger("original_partition"), row.getLong("original_offset"),
                StoredHeaders.consumerGroup(row.getString("record_headers")), row.getString("key_text"),
                row.getUUID("case_id"), row.getString("event_id"), row.getString("event_type"),
                row.getString("reason"), row.getString("cause"), row.getString("exception_class"),
                instant(row, "dead_lettered_at"), instant(row, "recorded_at"),
                DeadLetterStatus.valueOf(row.getString("status")), row.getString("resolved_by"),
                instant(row, "resolved_at"), row.getString("note"))));
        return letters;
    }

    private static DeadLetterNotFound notFound() {
        return new DeadLetterNotFound();
    }

    /** A bytea parameter: the SQL client takes the core buffer, not its Mutiny wrapper. */
    private static io.vertx.core.buffer.Buffer buffer(byte[] bytes) {
        return bytes == null ? null : io.vertx.core.buffer.Buffer.buffer(bytes);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}

package de.thwien.dsr.events.inbox;

import de.thwien.dsr.events.EventCodec;
import de.thwien.dsr.events.EventDecodingException;
import de.thwien.dsr.events.EventEnvelope;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Applies an incoming Kafka record at most once per consumer.
 *
 * <p>The record is decoded (a record that cannot be decoded fails at once and goes to the
 * dead-letter topic), then the effect runs in one transaction together with the entry in the
 * processed-event log, so a redelivered event has no second effect. Failures are retried with
 * backoff ({@link InboxRetries}: a database outage for minutes, anything else a few times); when
 * retries are exhausted the failure reaches the channel's failure strategy (dead-letter queue), so
 * the partition keeps moving.
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    private final EventCodec codec = new EventCodec();
    private final ProcessedEvents processedEvents;
    private final String consumer;
    private final InboxRetries retries;

    public EventInbox(ProcessedEvents processedEvents,
            @ConfigProperty(name = "quarkus.application.name") String consumer,
            @ConfigProperty(name = "dsr.inbox.retries", defaultValue = "3") int retries,
            @ConfigProperty(name = "dsr.inbox.outage-retry-for", defaultValue = "PT5M") Duration outageRetryFor) {
        this.processedEvents = processedEvents;
        this.consumer = consumer;
        this.retries = new InboxRetries(retries, outageRetryFor, Duration.ofMillis(200), Duration.ofSeconds(3));
    }

    public Uni<Void> applyOnce(ConsumerRecord<String, String> record, Function<EventEnvelope, Uni<Void>> effect) {
        EventEnvelope envelope;
        try {
            envelope = codec.decode(headersOf(record), record.value());
        } catch (EventDecodingException e) {
            LOG.warnf("undecodable record %s-%d@%d goes to the dead-letter topic: %s",
                    record.topic(), record.partition(), record.offset(), e.getMessage());
            return Uni.createFrom().failure(e);
        }
        return retries.applyTo(Panache.withTransaction(() -> processedEvents.recordFirstTime(consumer, envelope.id())
                        .chain(firstTime -> firstTime ? effect.apply(envelope) : skipDuplicate(envelope))))
                .onFailure().invoke(failure -> LOG.errorf("event %s (%s) for case %s failed after retries: %s",
                        envelope.id(), envelope.type(), envelope.subject(), failure.getClass().getName()));
    }

    private Uni<Void> skipDuplicate(EventEnvelope envelope) {
        LOG.debugf("event %s already applied, skipped", envelope.id());
        return Uni.createFrom().voidItem();
    }

    static Map<String, String> headersOf(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            if (header.value() != null) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return headers;
    }
}

package de.thwien.dsr.platform.inbox;

import de.thwien.dsr.platform.codec.CloudEventHeaders;
import de.thwien.dsr.platform.codec.EventDecodingException;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.platform.keyring.SealedEvents;
import de.thwien.dsr.platform.tracing.CaseTracing;
import io.opentelemetry.api.trace.Span;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Applies an incoming Kafka record at most once per consumer.
 *
 * <p>The record is decoded, its personal block opened with the case's data key (a record that cannot
 * be decoded or opened fails at once and goes to the dead-letter topic; a record of a shredded case
 * reaches the effect with its {@code personal} block null, and each effect decides what that means),
 * then the effect runs in one transaction together with the entry in the processed-event log, so a
 * redelivered event has no second effect. Failures are retried with backoff ({@link InboxRetries}: a
 * database outage for minutes, anything else a few times); when retries are exhausted the failure
 * reaches the channel's failure strategy (dead-letter queue), so the partition keeps moving.
 *
 * <p>A replayed dead letter meant for another consumer group ({@link ReplayRecipient}) is skipped untouched: this
 * consumer had its own go at the event when it was first published. {@code consumer} is the service's
 * {@code quarkus.application.name}, which is also its Kafka consumer group (Quarkus' default; inbox channels set
 * no {@code group.id}).
 */
@ApplicationScoped
public class EventInbox {

    private static final Logger LOG = Logger.getLogger(EventInbox.class);

    private final SealedEvents sealed;
    private final ProcessedEvents processedEvents;
    private final CaseTracing tracing;
    private final String consumer;
    private final InboxRetries retries;
    private final InboxMeters meters;

    public EventInbox(SealedEvents sealed, ProcessedEvents processedEvents, CaseTracing tracing, InboxMeters meters,
            @ConfigProperty(name = "quarkus.application.name") String consumer,
            @ConfigProperty(name = "dsr.inbox.retries", defaultValue = "3") int retries,
            @ConfigProperty(name = "dsr.inbox.outage-retry-for", defaultValue = "PT5M") Duration outageRetryFor) {
        this.sealed = sealed;
        this.processedEvents = processedEvents;
        this.tracing = tracing;
        this.consumer = consumer;
        this.meters = meters;
        this.retries = new InboxRetries(retries, outageRetryFor, Duration.ofMillis(200), Duration.ofSeconds(3));
    }

    public Uni<Void> applyOnce(ConsumerRecord<String, String> record, Function<EventEnvelope, Uni<Void>> effect) {
        if (isForAnotherConsumer(record)) {
            LOG.debugf("replayed record %s-%d@%d is for another consumer, skipped", record.topic(), record.partition(),
                    record.offset());
            return Uni.createFrom().voidItem();
        }
        Map<String, String> headers = SealedEvents.headersOf(record);
        CloudEventHeaders.Attributes attributes;
        try {
            attributes = CloudEventHeaders.read(headers);
        } catch (EventDecodingException e) {
            meters.deadLetters(record.topic()).increment();
            return undecodable(record, e);
        }
        Span span = tracing.startApply(attributes.id(), attributes.type(), record.topic(), attributes.subject(),
                record.headers());
        // the key is read in the effect's transaction: opening needs the keyring, and a failure to reach
        // the database is transient (retried) while a record that cannot be opened never will be
        AtomicInteger attempts = new AtomicInteger();
        return retries.applyTo(Uni.createFrom().deferred(() -> {
                    if (attempts.getAndIncrement() > 0) {
                        meters.retries(record.topic()).increment();
                    }
                    return Panache.withTransaction(() -> sealed.open(headers, record.value())
                            .chain(envelope -> processedEvents.recordFirstTime(consumer, envelope.id())
                                    .chain(firstTime -> firstTime ? effect.apply(envelope) : skipDuplicate(envelope))));
                }))
                .onFailure(EventDecodingException.class).recoverWithUni(e -> undecodable(record, e))
                .onFailure(failure -> !(failure instanceof EventDecodingException)).invoke(failure -> LOG.errorf(
                        "event %s (%s) for case %s failed after retries: %s",
                        attributes.id(), attributes.type(), attributes.subject(), failure.getClass().getName()))
                .onFailure().invoke(failure -> meters.deadLetters(record.topic()).increment())
                .onTermination().invoke((ignored, failure, cancelled) -> CaseTracing.end(span, failure));
    }

    /** A replayed dead letter of another consumer group, which {@link #applyOnce} skips: nothing to prepare for it. */
    public boolean isForAnotherConsumer(ConsumerRecord<?, ?> record) {
        return ReplayRecipient.isForAnother(record.headers(), consumer);
    }

    private static Uni<Void> undecodable(ConsumerRecord<String, String> record, Throwable e) {
        LOG.warnf("undecodable record %s-%d@%d goes to the dead-letter topic: %s",
                record.topic(), record.partition(), record.offset(), e.getMessage());
        return Uni.createFrom().failure(e);
    }

    private Uni<Void> skipDuplicate(EventEnvelope envelope) {
        LOG.debugf("event %s already applied, skipped", envelope.id());
        return Uni.createFrom().voidItem();
    }
}

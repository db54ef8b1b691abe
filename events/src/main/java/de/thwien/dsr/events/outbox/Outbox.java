package de.thwien.dsr.events.outbox;

import de.thwien.dsr.events.EventCodec;
import de.thwien.dsr.events.EventData;
import de.thwien.dsr.events.EventEnvelope;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Appends events to the transactional outbox. Call it inside the Hibernate Reactive
 * transaction that changes the state the event announces: both commit or neither does.
 */
@ApplicationScoped
public class Outbox {

    private final EventCodec codec = new EventCodec();
    private final Clock clock;
    private final String source;

    public Outbox(Clock clock, @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.clock = clock;
        this.source = "/dsr/" + applicationName;
    }

    public Uni<EventEnvelope> append(EventData data) {
        EventEnvelope envelope = EventEnvelope.of(source, clock.instant(), data);
        OutboxEvent row = new OutboxEvent();
        row.eventId = envelope.id();
        row.topic = envelope.topic();
        row.recordKey = envelope.subject();
        row.eventType = envelope.type();
        row.source = envelope.source();
        row.occurredAt = envelope.time();
        row.payload = codec.encode(data);
        return row.persist().replaceWith(envelope);
    }
}

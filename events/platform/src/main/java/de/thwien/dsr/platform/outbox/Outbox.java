package de.thwien.dsr.platform.outbox;

import de.thwien.dsr.events.EventData;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.platform.keyring.SealedEvents;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Appends events to the transactional outbox. Call it inside the Hibernate Reactive
 * transaction that changes the state the event announces: both commit or neither does.
 * The stored payload already has its personal block sealed (crypto-shredding), so neither the
 * outbox table nor Kafka ever holds it in clear.
 */
@ApplicationScoped
public class Outbox {

    private final SealedEvents sealed;
    private final Clock clock;
    private final String source;

    public Outbox(SealedEvents sealed, Clock clock,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.sealed = sealed;
        this.clock = clock;
        this.source = "/dsr/" + applicationName;
    }

    public Uni<EventEnvelope> append(EventData data) {
        EventEnvelope envelope = EventEnvelope.of(source, clock.instant(), data);
        return sealed.seal(envelope).chain(payload -> {
            OutboxEvent row = new OutboxEvent();
            row.eventId = envelope.id();
            row.topic = envelope.topic();
            row.recordKey = envelope.subject();
            row.eventType = envelope.type();
            row.source = envelope.source();
            row.occurredAt = envelope.time();
            row.payload = payload;
            return row.persist().replaceWith(envelope);
        });
    }
}

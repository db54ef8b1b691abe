package de.thwien.dsr.platform.keyring;

import de.thwien.dsr.platform.codec.CloudEventHeaders;
import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.platform.crypto.KeyScopes;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The event codec with the keyring: seals an event's personal block for the outbox and opens it for the
 * inbox. Needs a Hibernate Reactive session (the caller's transaction).
 */
@ApplicationScoped
public class SealedEvents {

    private final EventCodec codec = new EventCodec();
    private final KeyRing keyRing;

    public SealedEvents(KeyRing keyRing) {
        this.keyRing = keyRing;
    }

    /** The JSON to store and publish: the personal block sealed, the rest in clear. */
    public Uni<String> seal(EventEnvelope envelope) {
        if (!codec.carriesPersonalData(envelope.data())) {
            return Uni.createFrom().item(codec.encode(envelope.data()));
        }
        return keyRing.keyForSealing(KeyScopes.of(envelope.type(), envelope.subject()))
                .map(key -> codec.encode(envelope, key));
    }

    /** {@link #open(Map, String)} of a Kafka record. */
    public Uni<EventEnvelope> open(ConsumerRecord<String, String> record) {
        return open(headersOf(record), record.value());
    }

    /**
     * {@link #open(Map, String)} in a session of its own, waiting for the result: for tests and tools that read
     * topics outside any consumer (never on the event loop).
     */
    public EventEnvelope openAndWait(Map<String, String> headers, String json) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> open(headers, json)));
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("event could not be opened", e);
        }
    }

    public EventEnvelope openAndWait(ConsumerRecord<String, String> record) {
        return openAndWait(headersOf(record), record.value());
    }

    /** The record's headers as text; headers without a value are left out. */
    public static Map<String, String> headersOf(ConsumerRecord<?, ?> record) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : record.headers()) {
            if (header.value() != null) {
                headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return headers;
    }

    /**
     * The event with its personal block opened, or null in it when the scope was shredded.
     *
     * @throws de.thwien.dsr.platform.codec.EventDecodingException (as the failure) for a record that can never be read
     */
    public Uni<EventEnvelope> open(Map<String, String> headers, String json) {
        return Uni.createFrom().item(() -> CloudEventHeaders.read(headers))
                .chain(attributes -> keyRing.find(KeyScopes.of(attributes.type(), attributes.subject())))
                .map(key -> codec.decode(headers, json, key));
    }
}

package de.thwien.dsr.events;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event with its CloudEvents 1.0 context attributes. On Kafka the attributes travel as
 * {@code ce_*} headers (binary mode) and {@link #data()} as the JSON value.
 *
 * @param id      unique per event; consumers deduplicate on it
 * @param source  the producing service, e.g. {@code /dsr/intake-service}
 * @param type    one of {@link EventTypes}
 * @param subject the case id, also the Kafka record key
 * @param time    when the event happened
 * @param personalShredded true when the event's personal block was sealed under a data key that has been
 *                destroyed (crypto-shredding): {@code data().personal()} is then null and stays so for good
 */
public record EventEnvelope(UUID id, String source, String type, String subject, Instant time, EventData data,
        boolean personalShredded) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }

    public EventEnvelope(UUID id, String source, String type, String subject, Instant time, EventData data) {
        this(id, source, type, subject, time, data, false);
    }

    /** A new event of {@code data}, its type and subject taken from the data. */
    public static EventEnvelope of(String source, Instant time, EventData data) {
        return new EventEnvelope(UUID.randomUUID(), source, EventTypes.of(data).type(), data.subjectId(), time, data);
    }

    public String topic() {
        return EventTypes.of(data).topic();
    }
}

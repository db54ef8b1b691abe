package de.thwien.dsr.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Map;

/**
 * JSON (de)serialisation of event data and the CloudEvents binary-mode mapping.
 * Thread-safe; one instance can be shared.
 */
public final class EventCodec {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // newer producers may add fields; older consumers must still read the event
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public String encode(EventData data) {
        try {
            return mapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event data cannot be serialised: " + data.getClass().getSimpleName(), e);
        }
    }

    public Map<String, String> headers(EventEnvelope envelope) {
        return CloudEventHeaders.of(envelope.id(), envelope.source(), envelope.type(), envelope.subject(),
                envelope.time());
    }

    /** Reads an event from CloudEvents headers and a JSON value. */
    public EventEnvelope decode(Map<String, String> headers, String json) {
        CloudEventHeaders.Attributes attributes = CloudEventHeaders.read(headers);
        EventTypes.Registration registration = EventTypes.byType(attributes.type())
                .orElseThrow(() -> new EventDecodingException("unknown event type " + attributes.type()));
        if (json == null || json.isBlank()) {
            throw new EventDecodingException("event " + attributes.id() + " has no data");
        }
        EventData data;
        try {
            data = mapper.readValue(json, registration.dataClass());
        } catch (JsonProcessingException e) {
            // Jackson's own message may quote the offending value, which can be personal data:
            // keep only where it failed, and drop the cause.
            throw new EventDecodingException("event " + attributes.id() + " of type " + attributes.type()
                    + " has malformed data at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr());
        }
        if (data == null || !attributes.subject().equals(data.subjectId())) {
            throw new EventDecodingException("event " + attributes.id() + " subject does not match its data");
        }
        return new EventEnvelope(attributes.id(), attributes.source(), attributes.type(), attributes.subject(),
                attributes.time(), data);
    }
}

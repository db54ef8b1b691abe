package de.thwien.dsr.platform.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import de.thwien.dsr.events.EventData;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.EventTypes;
import de.thwien.dsr.platform.crypto.DataKey;
import de.thwien.dsr.platform.crypto.KeyScopes;
import de.thwien.dsr.platform.crypto.PersonalDataCipher;
import java.io.IOException;
import java.util.Map;

/**
 * JSON (de)serialisation of event data and the CloudEvents binary-mode mapping.
 * Thread-safe; one instance can be shared.
 *
 * <p>On the backbone the {@code personal} block of an event is sealed (crypto-shredding): its JSON is
 * encrypted under the data key of the event's {@link KeyScopes scope} and travels as one text value,
 * bound to the event id and scope. {@link #encode(EventEnvelope, DataKey)} and
 * {@link #decode(Map, String, DataKey)} do that; the key comes from the keyring. The plain
 * {@link #encode(EventData)} writes the block in clear (tests, and events sent before sealing existed,
 * which are still read).
 */
public final class EventCodec {

    static final String PERSONAL = "personal";
    /** Stands in for the personal block of an event written after its scope was shredded. */
    static final String SHREDDED = "shredded";

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

    /** True when the event has personal data to protect, so its scope needs a data key. */
    public boolean carriesPersonalData(EventData data) {
        JsonNode personal = mapper.valueToTree(data).get(PERSONAL);
        return personal != null && !personal.isNull();
    }

    /**
     * The event's JSON with its personal block sealed under {@code key}, the data key of the event's scope.
     * A destroyed key means the scope was shredded: the personal block is replaced by the marker
     * {@code "shredded"} rather than written again in a form someone could read.
     */
    public String encode(EventEnvelope envelope, DataKey key) {
        ObjectNode tree = mapper.valueToTree(envelope.data());
        JsonNode personal = tree.get(PERSONAL);
        if (personal != null && !personal.isNull()) {
            String scope = KeyScopes.of(envelope.type(), envelope.subject());
            if (key == null || !scope.equals(key.scope())) {
                throw new IllegalArgumentException("event " + envelope.id() + " needs the data key of " + scope);
            }
            if (key instanceof DataKey.Active active) {
                tree.put(PERSONAL, PersonalDataCipher.seal(active.key(), bytesOf(personal),
                        associatedData(scope, envelope.id().toString())));
            } else if (key instanceof DataKey.Destroyed) {
                tree.put(PERSONAL, SHREDDED);
            } else {
                throw new IllegalStateException("no data key for " + scope);
            }
        }
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event data cannot be serialised: " + envelope.type(), e);
        }
    }

    public Map<String, String> headers(EventEnvelope envelope) {
        return CloudEventHeaders.of(envelope.id(), envelope.source(), envelope.type(), envelope.subject(),
                envelope.time());
    }

    /**
     * Reads an event from CloudEvents headers and a JSON value whose personal block is in clear; a sealed
     * block cannot be read without its key and is refused.
     */
    public EventEnvelope decode(Map<String, String> headers, String json) {
        return decode(headers, json, null);
    }

    /**
     * Reads an event and opens its sealed personal block with {@code key}, the data key of the event's scope
     * as the keyring knows it (null when there is none to offer). A destroyed key yields the event with its
     * personal block null: the scope was shredded. A block in clear is read as it is.
     *
     * @throws EventDecodingException when the event is malformed or its sealed block cannot be opened
     *                                (changed, moved from another event, or no key for it): never retried
     */
    public EventEnvelope decode(Map<String, String> headers, String json, DataKey key) {
        CloudEventHeaders.Attributes attributes = CloudEventHeaders.read(headers);
        EventTypes.Registration registration = EventTypes.byType(attributes.type())
                .orElseThrow(() -> new EventDecodingException("unknown event type " + attributes.type()));
        if (json == null || json.isBlank()) {
            throw new EventDecodingException("event " + attributes.id() + " has no data");
        }
        EventData data;
        boolean shredded = false;
        try {
            JsonNode tree = mapper.readTree(json);
            if (tree instanceof ObjectNode object && object.get(PERSONAL) != null && object.get(PERSONAL).isTextual()) {
                String sealed = object.get(PERSONAL).textValue();
                shredded = SHREDDED.equals(sealed) || key instanceof DataKey.Destroyed;
                object.set(PERSONAL, shredded ? mapper.nullNode() : openPersonal(attributes, sealed, key));
            }
            data = mapper.treeToValue(tree, registration.dataClass());
        } catch (JsonProcessingException e) {
            // Jackson's own message may quote the offending value, which can be personal data:
            // keep only where it failed, and drop the cause.
            throw new EventDecodingException("event " + attributes.id() + " of type " + attributes.type()
                    + " has malformed data" + (e.getLocation() == null ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr()));
        }
        if (data == null || !attributes.subject().equals(data.subjectId())) {
            throw new EventDecodingException("event " + attributes.id() + " subject does not match its data");
        }
        return new EventEnvelope(attributes.id(), attributes.source(), attributes.type(), attributes.subject(),
                attributes.time(), data, shredded);
    }

    /** Binds a sealed block to its event and scope: copied into another event it does not open. */
    public static String associatedData(String scope, String eventId) {
        return "dsr.personal.v1|" + scope + "|" + eventId;
    }

    private JsonNode openPersonal(CloudEventHeaders.Attributes attributes, String sealed, DataKey key)
            throws JsonProcessingException {
        String scope = KeyScopes.of(attributes.type(), attributes.subject());
        if (key == null || !scope.equals(key.scope()) || key instanceof DataKey.Unknown) {
            throw new EventDecodingException("event " + attributes.id() + " has sealed personal data and no data key "
                    + "of " + scope + " is known");
        }
        try {
            byte[] plaintext = PersonalDataCipher.open(((DataKey.Active) key).key(), sealed,
                    associatedData(scope, attributes.id().toString()));
            return mapper.readTree(plaintext);
        } catch (PersonalDataCipher.UnreadableException e) {
            throw new EventDecodingException("event " + attributes.id() + " personal data cannot be opened: "
                    + e.getMessage());
        } catch (IOException e) {
            throw new EventDecodingException("event " + attributes.id() + " personal data is not JSON");
        }
    }

    private byte[] bytesOf(JsonNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("personal data cannot be serialised", e);
        }
    }
}

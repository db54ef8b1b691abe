package de.thwien.dsr.platform.codec;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How an event's personal block travels, told from the record's value without opening it: for tools that show
 * events to an operator and never their personal data (the admin tool's case hops).
 */
public enum PersonalBlock {
    /** The event has no personal block. */
    NONE,
    /** Sealed under the data key of its scope ({@link EventCodec#encode(de.thwien.dsr.events.EventEnvelope,
     * de.thwien.dsr.platform.crypto.DataKey)}). */
    SEALED,
    /** Written after its scope was shredded: there is nothing left to open. */
    SHREDDED,
    /** In clear, as events were written before sealing existed. */
    IN_CLEAR,
    /** The value is no JSON object. */
    UNREADABLE;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static PersonalBlock of(String json) {
        if (json == null || json.isBlank()) {
            return UNREADABLE;
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            return UNREADABLE;
        }
        if (!tree.isObject()) {
            return UNREADABLE;
        }
        JsonNode personal = tree.get(EventCodec.PERSONAL);
        if (personal == null || personal.isNull()) {
            return NONE;
        }
        if (personal.isTextual()) {
            return EventCodec.SHREDDED.equals(personal.textValue()) ? SHREDDED : SEALED;
        }
        return IN_CLEAR;
    }
}

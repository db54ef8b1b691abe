package de.thwien.dsr.platform.codec;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary content mode: context attributes as
 * {@code ce_*} headers, the data as the record value, the case id as the record key.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";
    public static final String SPEC_VERSION_VALUE = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }

    /** Headers for an event, in a stable order. */
    public static Map<String, String> of(UUID id, String source, String type, String subject, Instant time) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, SPEC_VERSION_VALUE);
        headers.put(ID, id.toString());
        headers.put(SOURCE, source);
        headers.put(TYPE, type);
        headers.put(SUBJECT, subject);
        headers.put(TIME, time.toString());
        headers.put(CONTENT_TYPE, JSON);
        return headers;
    }

    /** The context attributes read back from headers; fails on anything missing or malformed. */
    public static Attributes read(Map<String, String> headers) {
        String id = required(headers, ID);
        try {
            return new Attributes(UUID.fromString(id), required(headers, SOURCE), required(headers, TYPE),
                    required(headers, SUBJECT), Instant.parse(required(headers, TIME)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new EventDecodingException("malformed CloudEvents header: " + e.getMessage(), e);
        }
    }

    private static String required(Map<String, String> headers, String name) {
        String value = headers.get(name);
        if (value == null || value.isBlank()) {
            throw new EventDecodingException("missing CloudEvents header " + name);
        }
        return value;
    }

    public record Attributes(UUID id, String source, String type, String subject, Instant time) {
    }
}

package de.thwien.dsr.intake.deadletters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.thwien.dsr.platform.inbox.DeadLetterHeaders;
import java.util.Base64;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * A record's headers as stored with its dead letter: a JSON list of names and Base64 values in record order, so
 * that header values that are not text survive, and repeated names too.
 */
final class StoredHeaders {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    record Stored(String name, String value) {
    }

    private StoredHeaders() {
    }

    static String encode(List<Header> headers) {
        List<Stored> stored = headers.stream().map(header -> new Stored(header.key(),
                header.value() == null ? null : Base64.getEncoder().encodeToString(header.value()))).toList();
        try {
            return MAPPER.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("headers cannot be written as JSON", e);
        }
    }

    /** The headers to publish again: the record's own, without what the failure strategy added. */
    static List<Header> forReplay(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<List<Stored>>() { }).stream()
                    .filter(stored -> !DeadLetterHeaders.isDeadLetterHeader(stored.name()))
                    .<Header>map(stored -> new RecordHeader(stored.name(),
                            stored.value() == null ? null : Base64.getDecoder().decode(stored.value())))
                    .toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored headers are not readable", e);
        }
    }
}

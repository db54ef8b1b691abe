package de.thwien.dsr.intake.deadletters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.thwien.dsr.platform.inbox.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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

    /**
     * The headers to publish again: the record's own, without what the failure strategy added (nor an earlier
     * replay's address), and addressed to the consumer group that failed when the dead letter names it.
     */
    static List<Header> forReplay(String json) {
        List<Header> headers = new ArrayList<>(decode(json).stream()
                .filter(stored -> !DeadLetterHeaders.isDeadLetterHeader(stored.name())
                        && !DeadLetterHeaders.REPLAY_FOR.equals(stored.name()))
                .<Header>map(stored -> new RecordHeader(stored.name(), bytes(stored)))
                .toList());
        String group = consumerGroup(json);
        if (group != null) {
            headers.add(new RecordHeader(DeadLetterHeaders.REPLAY_FOR, group.getBytes(StandardCharsets.UTF_8)));
        }
        return headers;
    }

    /**
     * The consumer group whose inbox failed, as the failure strategy wrote it (bounded, printable); or null, also when
     * the stored headers cannot be read (the list of dead letters still shows the record; its replay refuses).
     */
    static String consumerGroup(String json) {
        List<Stored> headers;
        try {
            headers = decode(json);
        } catch (IllegalStateException unreadable) {
            return null;
        }
        return headers.stream()
                .filter(stored -> DeadLetterHeaders.CONSUMER_GROUP.equals(stored.name()) && stored.value() != null)
                .reduce((first, last) -> last)
                .map(stored -> ReceivedDeadLetter.bounded(new String(bytes(stored), StandardCharsets.UTF_8), 200))
                .filter(group -> !group.isEmpty())
                .orElse(null);
    }

    private static List<Stored> decode(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return MAPPER.readValue(json, new TypeReference<List<Stored>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored headers are not readable", e);
        }
    }

    private static byte[] bytes(Stored stored) {
        return stored.value() == null ? null : Base64.getDecoder().decode(stored.value());
    }
}

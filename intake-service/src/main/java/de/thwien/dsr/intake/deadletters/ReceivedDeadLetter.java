package de.thwien.dsr.intake.deadletters;

import de.thwien.dsr.platform.codec.CloudEventHeaders;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.platform.inbox.DeadLetterHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * What a record on a dead-letter topic tells: where it came from, why it failed (the failure strategy's
 * {@link DeadLetterHeaders}), its CloudEvents id and type, and the key, value and headers a replay needs, as
 * they were. Texts read from headers are bounded and stripped of control characters: anyone who can write to
 * a topic writes them. The replay target is always the business topic whose twin the dead-letter topic is,
 * never what a header says.
 */
record ReceivedDeadLetter(String dlqTopic, int dlqPartition, long dlqOffset, String originalTopic,
        Integer originalPartition, Long originalOffset, byte[] key, String keyText, UUID caseId, String eventId,
        String eventType, String reason, String cause, String exceptionClass, Instant deadLetteredAt, byte[] value,
        List<Header> headers) {

    static final int MAX_TEXT = 2000;
    private static final int MAX_NAME = 200;

    static ReceivedDeadLetter of(ConsumerRecord<byte[], byte[]> record, Instant now) {
        String keyText = record.key() == null ? null : bounded(new String(record.key(), StandardCharsets.UTF_8),
                MAX_NAME);
        return new ReceivedDeadLetter(record.topic(), record.partition(), record.offset(),
                originOf(record.topic()),
                parseOrNull(header(record, DeadLetterHeaders.PARTITION), Integer::valueOf),
                parseOrNull(header(record, DeadLetterHeaders.OFFSET), Long::valueOf),
                record.key(), keyText, caseIdOrNull(keyText),
                bounded(header(record, CloudEventHeaders.ID), MAX_NAME),
                bounded(header(record, CloudEventHeaders.TYPE), MAX_NAME),
                bounded(header(record, DeadLetterHeaders.REASON), MAX_TEXT),
                bounded(header(record, DeadLetterHeaders.CAUSE), MAX_TEXT),
                bounded(header(record, DeadLetterHeaders.EXCEPTION_CLASS), MAX_NAME),
                record.timestamp() >= 0 ? Instant.ofEpochMilli(record.timestamp()) : now,
                record.value(), List.of(record.headers().toArray()));
    }

    /** The business topic of a dead-letter topic; a topic that is no twin of one keeps its own name. */
    static String originOf(String dlqTopic) {
        return Topics.ALL.stream().filter(topic -> Topics.deadLetterOf(topic).equals(dlqTopic)).findFirst()
                .orElse(dlqTopic);
    }

    /** Printable text of at most {@code max} characters, or null. */
    static String bounded(String text, int max) {
        if (text == null) {
            return null;
        }
        String printable = text.replaceAll("[\\p{Cc}\\p{Cf}&&[^\\n\\t]]", "\uFFFD").strip();
        return printable.length() <= max ? printable : printable.substring(0, max - 1) + "…";
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static UUID caseIdOrNull(String key) {
        if (key == null) {
            return null;
        }
        try {
            UUID id = UUID.fromString(key);
            // UUID.fromString also takes short forms such as "1-1-1-1-1"; a case id is written in full
            return id.toString().equalsIgnoreCase(key) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <T> T parseOrNull(String text, java.util.function.Function<String, T> parse) {
        try {
            return text == null ? null : parse.apply(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

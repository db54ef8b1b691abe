package de.thwien.dsr.intake.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;

class ReceivedDeadLetterTest {

    private static final Instant NOW = Instant.parse("2026-04-01T10:00:00Z");

    @Test
    void replayTargetIsTheTwinOfTheDeadLetterTopicWhateverTheHeaderSays() {
        ConsumerRecord<byte[], byte[]> record = record("dsr.notices.dlq", "k");
        record.headers().add("dead-letter-topic", bytes("dsr.attacker-chosen"));

        assertThat(ReceivedDeadLetter.of(record, NOW).originalTopic()).isEqualTo("dsr.notices");
    }

    @Test
    void reasonFromAHeaderIsBoundedAndStrippedOfControlAndBidiCharacters() {
        ConsumerRecord<byte[], byte[]> record = record("dsr.cases.dlq", "k");
        record.headers().add("dead-letter-reason", bytes("bad\u0000value \u202Eevil" + "x".repeat(5000)));

        String reason = ReceivedDeadLetter.of(record, NOW).reason();

        assertThat(reason).doesNotContain("\u0000", "\u202E").startsWith("bad\uFFFDvalue \uFFFDevil");
        assertThat(reason).hasSize(ReceivedDeadLetter.MAX_TEXT);
    }

    @Test
    void onlyAKeyWrittenAsAFullUuidIsACaseId() {
        String caseId = "5f0c6f4e-8a39-4c4e-9d0e-3f1c2b7a9e11";

        assertThat(ReceivedDeadLetter.of(record("dsr.cases.dlq", caseId), NOW).caseId()).hasToString(caseId);
        assertThat(ReceivedDeadLetter.of(record("dsr.cases.dlq", "1-1-1-1-1"), NOW).caseId()).isNull();
        assertThat(ReceivedDeadLetter.of(record("dsr.cases.dlq", "digest-2026-04-01"), NOW).caseId()).isNull();
    }

    @Test
    void unreadablePartitionAndOffsetHeadersAreLeftEmpty() {
        ConsumerRecord<byte[], byte[]> record = record("dsr.erasure.dlq", "k");
        record.headers().add("dead-letter-partition", bytes("zero"));
        record.headers().add("dead-letter-offset", bytes("42"));

        ReceivedDeadLetter letter = ReceivedDeadLetter.of(record, NOW);

        assertThat(letter.originalPartition()).isNull();
        assertThat(letter.originalOffset()).isEqualTo(42L);
    }

    @Test
    void replayHeadersAreTheRecordsOwnInOrderWithoutTheFailureStrategysAndKeepBinaryValues() {
        byte[] binary = {0, (byte) 0xff, 10};
        List<Header> headers = List.of(new RecordHeader("dead-letter-reason", bytes("x")),
                new RecordHeader("ce_id", bytes("e-1")), new RecordHeader("traceparent", binary),
                new RecordHeader("ce_id", bytes("e-2")), new RecordHeader("empty", (byte[]) null));

        List<Header> replayed = StoredHeaders.forReplay(StoredHeaders.encode(headers));

        assertThat(replayed).extracting(Header::key).containsExactly("ce_id", "traceparent", "ce_id", "empty");
        assertThat(replayed.get(1).value()).isEqualTo(binary);
        assertThat(replayed.get(3).value()).isNull();
    }

    @Test
    void aReplayIsAddressedToTheConsumerGroupThatFailedAndCarriesNoEarlierAddress() {
        List<Header> headers = List.of(new RecordHeader("ce_id", bytes("e-1")),
                new RecordHeader("dsr-replay-for", bytes("subject-index-service")),
                new RecordHeader("dead-letter-consumer-group", bytes("notifier-service")));
        String stored = StoredHeaders.encode(headers);

        List<Header> replayed = StoredHeaders.forReplay(stored);

        assertThat(StoredHeaders.consumerGroup(stored)).isEqualTo("notifier-service");
        assertThat(replayed).extracting(Header::key).containsExactly("ce_id", "dsr-replay-for");
        assertThat(new String(replayed.get(1).value(), StandardCharsets.UTF_8)).isEqualTo("notifier-service");
    }

    @Test
    void aDeadLetterWithoutConsumerGroupIsReplayedToEveryConsumer() {
        String stored = StoredHeaders.encode(List.of(new RecordHeader("ce_id", bytes("e-1"))));

        assertThat(StoredHeaders.consumerGroup(stored)).isNull();
        assertThat(StoredHeaders.forReplay(stored)).extracting(Header::key).containsExactly("ce_id");
    }

    @Test
    void storedHeadersThatCannotBeReadNameNoConsumerGroupAndTheirReplayIsRefused() {
        assertThat(StoredHeaders.consumerGroup("{}")).isNull();
        assertThatThrownBy(() -> StoredHeaders.forReplay("{}")).isInstanceOf(IllegalStateException.class);
    }

    private static ConsumerRecord<byte[], byte[]> record(String topic, String key) {
        return new ConsumerRecord<>(topic, 0, 7L, bytes(key), bytes("{}"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

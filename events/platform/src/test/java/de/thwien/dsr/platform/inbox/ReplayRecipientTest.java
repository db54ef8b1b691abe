package de.thwien.dsr.platform.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.junit.jupiter.api.Test;

class ReplayRecipientTest {

    @Test
    void aRecordWithoutReplayHeaderIsForEveryConsumer() {
        Headers headers = new RecordHeaders().add("ce_id", bytes("e-1"));

        assertThat(ReplayRecipient.isForAnother(headers, "notifier-service")).isFalse();
        assertThat(ReplayRecipient.isForAnother(headers, "erasure-service")).isFalse();
    }

    @Test
    void aReplayIsAppliedOnlyByTheConsumerGroupWhoseDeadLetterItWas() {
        Headers headers = new RecordHeaders().add(DeadLetterHeaders.REPLAY_FOR, bytes("notifier-service"));

        assertThat(ReplayRecipient.isForAnother(headers, "notifier-service")).isFalse();
        assertThat(ReplayRecipient.isForAnother(headers, "erasure-service")).isTrue();
        assertThat(ReplayRecipient.isForAnother(headers, "subject-index-service")).isTrue();
    }

    @Test
    void theDeadLetterOfAConsumerNamesItsGroupAndKeepsHeadersTheNackGave() {
        Metadata nack = Metadata.of(OutgoingKafkaRecordMetadata.builder()
                .withHeaders(new RecordHeaders().add("x-kept", bytes("yes"))).build());

        Metadata deadLetter = ConsumerDeadLetterQueue.withConsumerGroup(nack, "erasure-service");

        OutgoingKafkaRecordMetadata<?> outgoing = deadLetter.get(OutgoingKafkaRecordMetadata.class).orElseThrow();
        assertThat(new String(outgoing.getHeaders().lastHeader(DeadLetterHeaders.CONSUMER_GROUP).value(),
                StandardCharsets.UTF_8)).isEqualTo("erasure-service");
        assertThat(outgoing.getHeaders().lastHeader("x-kept")).isNotNull();
        assertThat(outgoing.getTopic()).as("the dead-letter topic stays the channel's").isNull();
    }

    @Test
    void aNackWithoutMetadataStillGetsTheConsumerGroup() {
        Metadata deadLetter = ConsumerDeadLetterQueue.withConsumerGroup(Metadata.empty(), "intake-service");

        assertThat(deadLetter.get(OutgoingKafkaRecordMetadata.class).orElseThrow().getHeaders()
                .headers(DeadLetterHeaders.CONSUMER_GROUP)).hasSize(1);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

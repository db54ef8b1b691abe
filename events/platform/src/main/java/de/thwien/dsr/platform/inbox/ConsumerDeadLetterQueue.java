package de.thwien.dsr.platform.inbox;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Metadata;

/**
 * The failure strategy of every inbox channel ({@code failure-strategy=}{@value #STRATEGY}): SmallRye's dead-letter
 * queue, with the failing consumer group in the dead letter ({@link DeadLetterHeaders#CONSUMER_GROUP}), so that a
 * replay can go to that consumer only.
 */
@ApplicationScoped
@Identifier(ConsumerDeadLetterQueue.STRATEGY)
public class ConsumerDeadLetterQueue implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "dead-letter-queue-of-consumer";

    private final KafkaFailureHandler.Factory deadLetterQueue;

    public ConsumerDeadLetterQueue(@Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE)
            KafkaFailureHandler.Factory deadLetterQueue) {
        this.deadLetterQueue = deadLetterQueue;
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler handler = deadLetterQueue.create(config, vertx, consumer, reportFailure);
        String group = String.valueOf(consumer.configuration().get(ConsumerConfig.GROUP_ID_CONFIG));
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                return handler.handle(record, reason, withConsumerGroup(metadata, group));
            }

            @Override
            public void terminate() {
                handler.terminate();
            }
        };
    }

    /** The nack's metadata with the consumer group among the headers the dead letter gets (kept: any others). */
    static Metadata withConsumerGroup(Metadata metadata, String group) {
        Metadata given = metadata == null ? Metadata.empty() : metadata;
        @SuppressWarnings("unchecked")
        OutgoingKafkaRecordMetadata<Object> outgoing = given.get(OutgoingKafkaRecordMetadata.class)
                .orElse(OutgoingKafkaRecordMetadata.builder().build());
        RecordHeaders headers = new RecordHeaders(outgoing.getHeaders() == null ? new RecordHeaders()
                : outgoing.getHeaders());
        headers.remove(DeadLetterHeaders.CONSUMER_GROUP);
        headers.add(DeadLetterHeaders.CONSUMER_GROUP, group.getBytes(StandardCharsets.UTF_8));
        return given.with(OutgoingKafkaRecordMetadata.from(outgoing).withHeaders(headers).build());
    }
}

package de.thwien.dsr.intake.deadletters;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads every dead-letter topic (channel {@code dead-letters}, its own consumer group) and records each record
 * once. A dead letter that could not be recorded would be lost for good, so a failure (the database unreachable)
 * is retried until it succeeds, and the offset is committed only after the record is in the table.
 */
@ApplicationScoped
public class DeadLetterConsumer {

    private static final Logger LOG = Logger.getLogger(DeadLetterConsumer.class);
    private static final Duration FIRST_BACK_OFF = Duration.ofMillis(500);
    private static final Duration MAX_BACK_OFF = Duration.ofSeconds(30);

    private final DeadLetters deadLetters;

    public DeadLetterConsumer(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @Incoming("dead-letters")
    public Uni<Void> onDeadLetter(ConsumerRecord<byte[], byte[]> record) {
        return deadLetters.record(record)
                .onFailure().invoke(failure -> LOG.warnf("dead letter %s-%d@%d not recorded yet, retrying: %s",
                        record.topic(), record.partition(), record.offset(), failure.getClass().getName()))
                .onFailure().retry().withBackOff(FIRST_BACK_OFF, MAX_BACK_OFF).indefinitely()
                .replaceWithVoid();
    }
}

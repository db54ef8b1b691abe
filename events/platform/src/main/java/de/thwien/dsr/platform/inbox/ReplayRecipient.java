package de.thwien.dsr.platform.inbox;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Whom a record is for: every consumer of its topic, unless it is a replayed dead letter
 * ({@link DeadLetterHeaders#REPLAY_FOR}), which only the consumer group that failed applies.
 */
final class ReplayRecipient {

    private ReplayRecipient() {
    }

    /** True when the record is a replay meant for another consumer group than {@code consumer}. */
    static boolean isForAnother(Headers headers, String consumer) {
        Header replayFor = headers.lastHeader(DeadLetterHeaders.REPLAY_FOR);
        return replayFor != null && replayFor.value() != null
                && !consumer.equals(new String(replayFor.value(), StandardCharsets.UTF_8));
    }
}

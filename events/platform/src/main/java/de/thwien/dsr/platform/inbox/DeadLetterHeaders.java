package de.thwien.dsr.platform.inbox;

/**
 * The headers the dead-letter-queue failure strategy of every inbox channel adds to a record it moves to
 * {@code <topic>.dlq} (SmallRye Reactive Messaging's names, and {@link #CONSUMER_GROUP}, which
 * {@link ConsumerDeadLetterQueue} adds). The record's own headers (CloudEvents attributes, trace context) follow
 * unchanged, as do its key and value. A replay leaves all of them out and adds {@link #REPLAY_FOR} instead.
 */
public final class DeadLetterHeaders {

    /** Every header of the failure strategy starts with this; the rest are the original record's. */
    public static final String PREFIX = "dead-letter-";
    /** The failure's message (or its class and message when it has none). */
    public static final String REASON = PREFIX + "reason";
    /** The message of the failure's cause, when it has one. */
    public static final String CAUSE = PREFIX + "cause";
    public static final String EXCEPTION_CLASS = PREFIX + "exception-class-name";
    public static final String CAUSE_CLASS = PREFIX + "cause-class-name";
    /** Where the record was consumed from: topic, partition and offset. */
    public static final String TOPIC = PREFIX + "topic";
    public static final String PARTITION = PREFIX + "partition";
    public static final String OFFSET = PREFIX + "offset";
    /**
     * The consumer group (a service's {@code quarkus.application.name}) whose inbox failed: several services consume
     * one topic and share its dead-letter topic, so this says whose dead letter it is.
     */
    public static final String CONSUMER_GROUP = PREFIX + "consumer-group";
    /**
     * On a replayed record: the one consumer group it is meant for. Every other consumer of the topic had applied
     * (or dead-lettered) the event already, so its inbox skips the record ({@link ReplayRecipient}).
     */
    public static final String REPLAY_FOR = "dsr-replay-for";

    private DeadLetterHeaders() {
    }

    public static boolean isDeadLetterHeader(String name) {
        return name != null && name.startsWith(PREFIX);
    }
}

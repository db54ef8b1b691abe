package de.thwien.dsr.platform.inbox;

/**
 * The headers the dead-letter-queue failure strategy of every inbox channel adds to a record it moves to
 * {@code <topic>.dlq} (SmallRye Reactive Messaging's names). The record's own headers (CloudEvents attributes,
 * trace context) follow unchanged, as do its key and value.
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

    private DeadLetterHeaders() {
    }

    public static boolean isDeadLetterHeader(String name) {
        return name != null && name.startsWith(PREFIX);
    }
}

package de.thwien.dsr.events;

import java.util.List;

/** Kafka topic names of the event backbone (DESIGN.md, "Events"). */
public final class Topics {

    public static final String CASES = "dsr.cases";
    public static final String DISCOVERY = "dsr.discovery";
    public static final String ERASURE = "dsr.erasure";
    public static final String NOTICES = "dsr.notices";

    /** Every business topic; each has a dead-letter twin named by {@link #deadLetterOf(String)}. */
    public static final List<String> ALL = List.of(CASES, DISCOVERY, ERASURE, NOTICES);

    private static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    /** The dead-letter twins of every business topic, in the order of {@link #ALL}. */
    public static List<String> deadLetterTopics() {
        return ALL.stream().map(Topics::deadLetterOf).toList();
    }

    /** Business topics followed by their dead-letter twins: what a broker must have before services start. */
    public static List<String> allWithDeadLetters() {
        return ALL.stream().flatMap(topic -> java.util.stream.Stream.of(topic, deadLetterOf(topic))).toList();
    }
}

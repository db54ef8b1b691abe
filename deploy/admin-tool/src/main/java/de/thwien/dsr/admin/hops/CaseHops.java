package de.thwien.dsr.admin.hops;

import de.thwien.dsr.admin.console.ToolFailure;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.platform.codec.CloudEventHeaders;
import de.thwien.dsr.platform.codec.PersonalBlock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads every business and dead-letter topic from its first offset to its current end, without a consumer group
 * (nothing is committed, no service's position moves), and keeps the records of one case: those keyed by its id or
 * with it as CloudEvents subject. Nothing is opened: the tool has no key.
 */
public final class CaseHops {

    private static final Duration POLL = Duration.ofMillis(200);

    private final String bootstrapServers;
    private final Duration timeout;

    public CaseHops(String bootstrapServers, Duration timeout) {
        this.bootstrapServers = bootstrapServers;
        this.timeout = timeout;
    }

    /** The case's events in the order they happened (then by topic and offset). */
    public List<Hop> of(String caseId) {
        try {
            return read(caseId);
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            throw new ToolFailure("Kafka at " + bootstrapServers + " did not answer within " + timeout);
        }
    }

    private List<Hop> read(String caseId) {
        List<Hop> hops = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            Map<String, List<PartitionInfo>> topics = consumer.listTopics(timeout);
            for (String topic : Topics.allWithDeadLetters()) {
                topics.getOrDefault(topic, List.of())
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            Instant deadline = Instant.now().plus(timeout);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition, timeout) < end.get(partition))) {
                if (Instant.now().isAfter(deadline)) {
                    throw new ToolFailure("the topics were not read to their end within " + timeout);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    if (caseId.equals(record.key()) || caseId.equals(header(record, CloudEventHeaders.SUBJECT))) {
                        hops.add(hopOf(record));
                    }
                }
            }
        }
        hops.sort(Comparator.comparing(Hop::time).thenComparing(Hop::topic).thenComparingLong(Hop::offset));
        return hops;
    }

    private static Hop hopOf(ConsumerRecord<String, String> record) {
        String time = header(record, CloudEventHeaders.TIME);
        Instant at;
        try {
            at = time == null ? Instant.ofEpochMilli(record.timestamp()) : Instant.parse(time);
        } catch (java.time.format.DateTimeParseException e) {
            at = Instant.ofEpochMilli(record.timestamp());
        }
        return new Hop(at, record.topic(), record.partition(), record.offset(),
                header(record, CloudEventHeaders.TYPE), header(record, CloudEventHeaders.ID),
                header(record, CloudEventHeaders.SOURCE), PersonalBlock.of(record.value()));
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private KafkaConsumer<String, String> consumer() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "dsr-admin-case-hops-" + UUID.randomUUID());
        // committed transactions only, as the services read them
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(properties, new StringDeserializer(), new StringDeserializer());
    }
}

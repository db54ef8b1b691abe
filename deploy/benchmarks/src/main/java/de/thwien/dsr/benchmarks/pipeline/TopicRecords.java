package de.thwien.dsr.benchmarks.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/** How many records the system's topics hold so far (end offsets), to count the Kafka records of one case. */
final class TopicRecords {

    private TopicRecords() {
    }

    /** Sum of end offsets of every topic except Kafka's own, dead-letter topics and the benchmark's. */
    static long total(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            var topics = admin.listTopics().names().get().stream()
                    .filter(t -> !t.startsWith("__") && !t.endsWith(".dlq") && !t.startsWith("bench.")).toList();
            admin.describeTopics(topics).allTopicNames().get().values().forEach(topic -> topic.partitions()
                    .forEach(p -> latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest())));
            return admin.listOffsets(latest).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read topic offsets", e.getCause());
        }
    }
}

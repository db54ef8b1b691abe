package de.thwien.dsr.benchmarks.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The Kafka floor: one record produced (acks=all, as the services' outbox relay) and consumed by a
 * subscribed consumer, one at a time, on the broker the system runs on.
 */
final class KafkaRoundTrip {

    private static final int WARM_UP = 50;

    private KafkaRoundTrip() {
    }

    /** @return the round trip of each of {@code count} records, in nanoseconds */
    static long[] measure(String bootstrapServers, int count) {
        String topic = "bench.round-trip." + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create " + topic, e.getCause());
        }
        Properties producerProperties = new Properties();
        producerProperties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerProperties.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProperties.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        Properties consumerProperties = new Properties();
        consumerProperties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerProperties.put(ConsumerConfig.GROUP_ID_CONFIG, topic);
        consumerProperties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProperties.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, "500");
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProperties, new StringSerializer(),
                new StringSerializer());
             KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProperties,
                     new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long[] nanos = new long[count];
            for (int i = -WARM_UP; i < count; i++) {
                long start = System.nanoTime();
                producer.send(new ProducerRecord<>(topic, Integer.toString(i), "{\"n\":" + i + "}"));
                awaitOne(consumer);
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
            return nanos;
        }
    }

    private static void awaitOne(KafkaConsumer<String, String> consumer) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(100));
            if (!records.isEmpty()) {
                return;
            }
        }
        throw new IllegalStateException("a produced record did not arrive within 60 s");
    }
}

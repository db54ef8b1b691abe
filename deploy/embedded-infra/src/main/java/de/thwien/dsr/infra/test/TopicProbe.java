package de.thwien.dsr.infra.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A plain Kafka client for tests: writes raw records (including poison ones) and reads a
 * topic from the beginning up to its current end, without consumer groups.
 */
public final class TopicProbe implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaProducer<String, String> producer;
    private final KafkaConsumer<String, String> consumer;

    public TopicProbe(String bootstrapServers) {
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(producerProps, new StringSerializer(), new StringSerializer());
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumerProps.put(ConsumerConfig.CLIENT_ID_CONFIG, "topic-probe-" + UUID.randomUUID());
        consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new StringDeserializer());
    }

    /** Sends one record and waits for the broker's acknowledgement. */
    public void send(String topic, String key, Map<String, String> headers, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, headerValue) -> record.headers().add(name, headerValue.getBytes(StandardCharsets.UTF_8)));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not send a test record to " + topic, e);
        }
    }

    /** Every record currently in the topic, all partitions, from the first offset to the end. */
    public List<ConsumerRecord<String, String>> readAll(String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
            consumer.poll(POLL).forEach(records::add);
        }
        return records;
    }

    /** The value of a header as text, or null. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
        consumer.close();
    }
}

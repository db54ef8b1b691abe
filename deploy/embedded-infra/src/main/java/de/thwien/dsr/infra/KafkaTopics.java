package de.thwien.dsr.infra;

import de.thwien.dsr.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartitionInfo;
import org.apache.kafka.common.errors.TopicExistsException;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Creates the DSR topics on any broker (embedded or a container). Brokers run with
 * {@code auto.create.topics.enable=false}, so services find exactly the partition counts chosen here.
 */
public final class KafkaTopics {

    /** Business topics are keyed by case id; three partitions let up to three instances share the load. */
    public static final int BUSINESS_TOPIC_PARTITIONS = 3;
    /** Dead letters are rare and read by people; one partition keeps them in arrival order. */
    public static final int DEAD_LETTER_TOPIC_PARTITIONS = 1;

    private static final short REPLICATION_FACTOR = 1;
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    private KafkaTopics() {
    }

    /** The topics of {@link Topics#allWithDeadLetters()} with their partition counts. */
    public static List<NewTopic> all() {
        return Topics.allWithDeadLetters().stream()
                .map(name -> new NewTopic(name, Topics.ALL.contains(name)
                        ? BUSINESS_TOPIC_PARTITIONS : DEAD_LETTER_TOPIC_PARTITIONS, REPLICATION_FACTOR))
                .toList();
    }

    /**
     * Creates every topic that does not exist yet and returns once each partition has a leader, so the
     * first producer or consumer does not race the broker's metadata.
     */
    public static void createAll(String bootstrapServers, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "dsr-embedded-infra-topics"))) {
            List<NewTopic> topics = all();
            createMissing(admin, topics, deadline);
            awaitLeaders(admin, topics.stream().map(NewTopic::name).toList(), deadline);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        }
    }

    private static void createMissing(Admin admin, List<NewTopic> topics, Instant deadline) throws InterruptedException {
        for (var entry : admin.createTopics(topics).values().entrySet()) {
            try {
                entry.getValue().get(remaining(deadline), TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new IllegalStateException("cannot create topic " + entry.getKey(), e.getCause());
                }
            } catch (TimeoutException e) {
                throw new IllegalStateException("timed out creating topic " + entry.getKey(), e);
            }
        }
    }

    private static void awaitLeaders(Admin admin, Collection<String> names, Instant deadline) throws InterruptedException {
        while (true) {
            try {
                Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames()
                        .get(remaining(deadline), TimeUnit.MILLISECONDS);
                boolean ready = descriptions.values().stream()
                        .flatMap(description -> description.partitions().stream())
                        .map(TopicPartitionInfo::leader)
                        .allMatch(leader -> leader != null && !leader.isEmpty());
                if (ready) {
                    return;
                }
            } catch (ExecutionException e) {
                // metadata of a just-created topic may not have reached the broker yet; ask again
            } catch (TimeoutException e) {
                throw new IllegalStateException("topics have no leader yet: " + names, e);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("topics have no leader yet: " + names);
            }
            // the Admin API has no "wait until led" call; metadata arrives within milliseconds on one node
            Thread.sleep(POLL_INTERVAL.toMillis());
        }
    }

    private static long remaining(Instant deadline) {
        return Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
    }
}

package de.thwien.dsr.infra.test;

import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;

/**
 * Reads which topics a consumer group's live members are assigned (readiness tests) and how far every
 * group is behind (fault tests: nothing left unprocessed).
 */
public final class ConsumerGroups {

    private ConsumerGroups() {
    }

    /** Topics assigned to the members of {@code groupId} right now; empty while the group has not joined. */
    public static List<String> assignedTopics(String bootstrapServers, String groupId) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(groupId))
                    .describedGroups().get(groupId).get();
            return group.members().stream()
                    .map(MemberDescription::assignment)
                    .flatMap(assignment -> assignment.topicPartitions().stream())
                    .map(partition -> partition.topic())
                    .distinct().sorted().toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while describing " + groupId, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot describe consumer group " + groupId, e.getCause());
        }
    }

    /**
     * For every consumer group: how many records of the partitions it has committed offsets for lie
     * after its committed offset (0 = everything consumed).
     */
    public static Map<String, Long> lagPerGroup(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Map<String, Long> lag = new TreeMap<>();
            for (GroupListing group : admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get()) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin
                        .listConsumerGroupOffsets(group.groupId()).partitionsToOffsetAndMetadata().get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
                long behind = 0;
                for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
                    if (entry.getValue() != null) {
                        behind += ends.get(entry.getKey()).offset() - entry.getValue().offset();
                    }
                }
                lag.put(group.groupId(), behind);
            }
            return lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading consumer lag", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read consumer lag", e.getCause());
        }
    }
}

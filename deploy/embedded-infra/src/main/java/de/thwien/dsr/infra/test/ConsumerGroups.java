package de.thwien.dsr.infra.test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;

/** Reads which topics a consumer group's live members are assigned, for readiness tests. */
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
}

package de.thwien.dsr.faults;

import de.thwien.dsr.platform.keyring.AddressDigest;
import de.thwien.dsr.infra.EmbeddedInfra;
import de.thwien.dsr.infra.test.ConsumerGroups;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * What the harness reads to drive and to judge a run: the services' tables (directly on PostgreSQL, not
 * through the proxy the services use), GreenMail's mailboxes and Kafka's offsets.
 */
public final class SystemState {

    /** A case as intake holds it. */
    /**
     * The digests of the keyring's digest key, which a fresh stack derives from its master key: the local profile's
     * demo key unless the environment (which the service processes inherit) sets one.
     */
    private static final AddressDigest REQUESTER_DIGEST = AddressDigest.derivedFrom(System.getenv()
            .getOrDefault("DSR_KEYRING_MASTER_KEY", "ZGVtby1rZXlyaW5nLW1hc3Rlci1rZXktbm90LXByb2Q="));

    /** A case; its requester by the digest of the address only, the address itself is sealed in the table. */
    record CaseRow(UUID id, String requesterDigest, String type, String status) {
    }

    /** A notice the notifier recorded, by the Message-ID it sent it with. */
    record NoticeRow(String caseId, String kind, String messageId, String status) {
    }

    /** An erasure plan item and how often the service recorded doing it. */
    record PlanItemRow(UUID caseId, long id, String action, String execution, int doneCount) {
    }

    /** dsr.notifier.receipts.address of the local stack. */
    private static final String RECEIPT_MAILBOX = "versandbelege@thwien.de";

    private final EmbeddedInfra infra;

    public SystemState(EmbeddedInfra infra) {
        this.infra = infra;
    }

    /** Mails delivered to people; the notifier's receipt mailbox (a blind copy of every notice) is left out. */
    List<MimeMessage> receivedMails() {
        return infra.mailServer().greenMail()
                .findReceivedMessages(user -> !RECEIPT_MAILBOX.equalsIgnoreCase(user.getEmail()), mail -> true)
                .toList();
    }

    List<UUID> casesAwaitingApproval() {
        return query("select id from intake.dsr_case where status = 'AWAITING_APPROVAL'",
                row -> row.getObject(1, UUID.class));
    }

    /** Access cases whose answer waits on the assistant's review of name matches or of mails with others' data. */
    List<String> casesAwaitingNameMatchReview() {
        return query("select distinct case_id from subject_index.name_match where decision is null",
                row -> row.getString(1));
    }

    /** How {@code intake.dsr_case.requester_email_digest} holds an address. */
    public static String requesterDigest(String email) {
        return REQUESTER_DIGEST.of(email);
    }

    List<CaseRow> cases() {
        return query("select id, requester_email_digest, request_type, status from intake.dsr_case",
                row -> new CaseRow(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                        row.getString(4)));
    }

    List<NoticeRow> notices() {
        return query("select case_id, kind, message_id, status from notifier.notice_delivery",
                row -> new NoticeRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4)));
    }

    List<PlanItemRow> planItems() {
        // done: erased or restricted by the plan executor, and (a restriction) erased after its hold by the deferred
        // erasure; each of the two once at most
        return query("select i.case_id, i.id, i.action, i.execution, greatest("
                        + "(select count(*) from erasure.audit_entry a where a.item_id = i.id"
                        + " and a.action in ('ERASED', 'RESTRICTED')),"
                        + " (select count(*) from erasure.audit_entry a where a.item_id = i.id"
                        + " and a.action = 'ERASED_AFTER_HOLD')) from erasure.plan_item i",
                row -> new PlanItemRow(row.getObject(1, UUID.class), row.getLong(2), row.getString(3),
                        row.getString(4), row.getInt(5)));
    }

    /** Case ids that have an erasure plan. */
    List<UUID> plannedCases() {
        return query("select case_id from erasure.erasure_plan", row -> row.getObject(1, UUID.class));
    }

    /** Unpublished outbox rows per service schema. */
    public Map<String, Long> unpublishedOutbox() {
        Map<String, Long> pending = new TreeMap<>();
        for (String schema : query("select table_schema from information_schema.tables"
                + " where table_name = 'outbox_event'", row -> row.getString(1))) {
            pending.put(schema, query("select count(*) from " + schema + ".outbox_event where published_at is null",
                    row -> row.getLong(1)).get(0));
        }
        return pending;
    }

    /** Notices the notifier has not sent or given up on yet (pending, or claimed by an instance). */
    long undeliveredNotices() {
        return query("select count(*) from notifier.notice_delivery where status in ('PENDING', 'SENDING')",
                row -> row.getLong(1)).get(0);
    }

    /**
     * Deferred erasures whose hold has ended by erasure-service's clock (the system clock moved {@code clockOffset}
     * forward) and that are still scheduled: neither done nor handed to the assistant.
     */
    long deferredErasuresDue(Duration clockOffset) {
        return query("select count(*) from erasure.deferred_erasure where status = 'SCHEDULED' and erasable_from <= "
                        + "(now() at time zone 'Europe/Berlin' + make_interval(secs => " + clockOffset.toSeconds()
                        + "))::date",
                row -> row.getLong(1)).get(0);
    }

    public Map<String, Long> consumerLag() {
        return ConsumerGroups.lagPerGroup(infra.kafkaBootstrapServers());
    }

    /** Records in every {@code .dlq} topic. */
    Map<String, Long> deadLetters() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                infra.kafkaBootstrapServers()))) {
            List<String> topics = admin.listTopics().names().get().stream().filter(t -> t.endsWith(".dlq")).sorted()
                    .toList();
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (TopicDescription topic : admin.describeTopics(topics).allTopicNames().get().values()) {
                topic.partitions().forEach(p -> {
                    earliest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.earliest());
                    latest.put(new TopicPartition(topic.name(), p.partition()), OffsetSpec.latest());
                });
            }
            var starts = admin.listOffsets(earliest).all().get();
            var ends = admin.listOffsets(latest).all().get();
            Map<String, Long> counts = new TreeMap<>();
            topics.forEach(topic -> counts.put(topic, 0L));
            ends.forEach((partition, end) -> counts.merge(partition.topic(),
                    end.offset() - starts.get(partition).offset(), Long::sum));
            return counts;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read the dead-letter topics", e.getCause());
        }
    }

    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper) {
        try (Connection connection = DriverManager.getConnection(infra.postgresJdbcUrl(), infra.postgresUsername(),
                infra.postgresPassword());
             PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("query failed: " + sql, e);
        }
    }
}

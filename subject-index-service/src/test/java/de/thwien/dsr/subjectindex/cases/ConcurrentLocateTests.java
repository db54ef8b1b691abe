package de.thwien.dsr.subjectindex.cases;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.platform.keyring.SealedEvents;
import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import de.thwien.dsr.subjectindex.index.Crawler;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.utils.Utils;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Cases are located several at once (one consumer per partition of {@code dsr.cases}, {@code concurrency} of the
 * channel), and one case's events stay in order: a case whose locate is held up (its inbox transaction waits on a
 * row lock the test holds) neither stops a case on another partition nor lets a case behind it on its own partition
 * overtake it.
 */
@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class ConcurrentLocateTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final int PARTITIONS = 3;
    private static final Person JANA = new Person("Jana.Becker@example.net", "Jana Becker");

    private final EventCodec codec = new EventCodec();

    @Inject
    SealedEvents sealed;

    @Inject
    Crawler crawler;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.application.name")
    String consumer;

    @BeforeEach
    void indexUpToDate() {
        crawler.crawlAll();
    }

    @Test
    void aCaseOnAnotherPartitionIsLocatedWhileOneCaseIsHeldUpAndTheCaseBehindTheHeldOneWaitsItsTurn()
            throws Exception {
        String held = UUID.randomUUID().toString();
        String behind = caseOnPartition(partitionOf(held), true);
        String other = caseOnPartition(partitionOf(held), false);
        EventEnvelope heldEvent = verified(held);
        try (TopicProbe probe = new TopicProbe(bootstrapServers);
             Connection lockHolder = dataSource.getConnection()) {
            lockHolder.setAutoCommit(false);
            // the held case's inbox insert waits on this uncommitted row until the test rolls it back
            try (PreparedStatement insert = lockHolder.prepareStatement("insert into processed_event"
                    + " (consumer, event_id, processed_at) values (?, ?, now())")) {
                insert.setString(1, consumer);
                insert.setObject(2, heldEvent.id());
                insert.executeUpdate();
            }
            send(probe, heldEvent);
            await().atMost(PATIENCE).until(this::someoneWaitsOnALock);

            send(probe, verified(behind));
            send(probe, verified(other));

            await().atMost(PATIENCE).until(() -> locatedOffset(probe, other) >= 0);
            assertThat(locatedOffset(probe, held)).as("the held case").isNegative();
            assertThat(locatedOffset(probe, behind)).as("the case behind the held one").isNegative();

            lockHolder.rollback();

            await().atMost(PATIENCE).until(() -> locatedOffset(probe, behind) >= 0 && locatedOffset(probe, held) >= 0);
            assertThat(locatedOffset(probe, held)).as("announced in their order on one partition")
                    .isLessThan(locatedOffset(probe, behind));
        }
    }

    private boolean someoneWaitsOnALock() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet waiting = statement.executeQuery("select count(*) from pg_locks where not granted")) {
            waiting.next();
            return waiting.getLong(1) > 0;
        }
    }

    /** The offset of the case's {@code subject.located} on its partition of the discovery topic; -1 before it. */
    private long locatedOffset(TopicProbe probe, String caseId) {
        return probe.readAll(Topics.DISCOVERY).stream()
                .filter(record -> caseId.equals(record.key()))
                .filter(record -> sealed.openAndWait(record).data() instanceof DiscoveryEvents.SubjectLocated)
                .mapToLong(ConsumerRecord::offset).min().orElse(-1);
    }

    /** A new case id on the given partition (same: true) or on another one (same: false), as Kafka keys it. */
    private static String caseOnPartition(int partition, boolean same) {
        while (true) {
            String caseId = UUID.randomUUID().toString();
            if ((partitionOf(caseId) == partition) == same) {
                return caseId;
            }
        }
    }

    private static int partitionOf(String caseId) {
        return Utils.toPositive(Utils.murmur2(caseId.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
    }

    private static EventEnvelope verified(String caseId) {
        // erasure: located and announced, no access package to build
        return EventEnvelope.of("/dsr/test", Instant.now(), new CaseEvents.IdentityVerified(caseId,
                RequestType.ERASURE, "de", CaseEvents.VerificationMethod.EMAIL_LINK, Instant.now(), JANA));
    }

    private void send(TopicProbe probe, EventEnvelope envelope) {
        probe.send(Topics.CASES, envelope.subject(), codec.headers(envelope), codec.encode(envelope.data()));
    }
}

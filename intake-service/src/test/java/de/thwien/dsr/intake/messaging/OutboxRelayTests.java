package de.thwien.dsr.intake.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.platform.outbox.Outbox;
import de.thwien.dsr.platform.outbox.OutboxRelay;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.TopicProbe;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class OutboxRelayTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    OutboxRelay relay;

    @Inject
    Outbox outbox;

    @Inject
    Pool pool;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void eventCommittedWhileTheRelayIsDownIsPublishedExactlyOnceWhenItComesBack() {
        String caseId;
        UUID eventId;
        CaseTimelineProbe tables = new CaseTimelineProbe(pool);
        relay.pause();
        try {
            caseId = CaseTimelineProbe.openCase();
            eventId = tables.outboxEventOfCase(caseId);
            assertThat(tables.published(eventId)).as("nothing relays while the relay is down").isFalse();
        } finally {
            relay.resume();
        }

        await().atMost(PATIENCE).until(() -> tables.published(eventId));
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            assertThat(probe.readAll(Topics.CASES))
                    .filteredOn(record -> eventId.toString().equals(TopicProbe.header(record, "ce_id")))
                    .singleElement()
                    .satisfies(record -> assertThat(record.key()).isEqualTo(caseId));
        }
    }

    @Test
    void eventPublishedAgainAfterACrashBeforeItWasMarkedSentHasOneEffect() throws Throwable {
        CaseTimelineProbe tables = new CaseTimelineProbe(pool);
        String caseId = CaseTimelineProbe.openCase();
        UUID noticeEventId = appendNoticeSent(caseId);
        await().atMost(PATIENCE).until(() -> tables.published(noticeEventId));

        tables.forgetPublication(noticeEventId);
        await().atMost(PATIENCE).until(() -> tables.published(noticeEventId));
        // a later event of the same case travels behind the duplicate on the same partition
        UUID laterEventId = appendNoticeSent(caseId);
        await().atMost(PATIENCE).until(() -> tables.timelineEntriesOfEvent(laterEventId) == 1);

        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            assertThat(probe.readAll(Topics.NOTICES))
                    .filteredOn(record -> noticeEventId.toString().equals(TopicProbe.header(record, "ce_id")))
                    .as("the crash made the relay publish the event twice").hasSize(2);
        }
        assertThat(tables.timelineEntriesOfEvent(noticeEventId)).as("but it took effect once").isEqualTo(1);
    }

    @Test
    void relayOfAnotherServiceOnTheSameDatabaseDoesNotHoldThisServicesRelayBack() {
        CaseTimelineProbe tables = new CaseTimelineProbe(pool);
        SqlConnection otherService = pool.getConnection().await().indefinitely();
        try {
            otherService.query("create schema if not exists relay_lock_probe").execute().await().indefinitely();
            otherService.query("set search_path to relay_lock_probe").execute().await().indefinitely();
            assertThat(holdsRelayLock(otherService)).as("the other service's relay lock is taken").isTrue();

            UUID eventId = tables.outboxEventOfCase(CaseTimelineProbe.openCase());

            await().atMost(PATIENCE).until(() -> tables.published(eventId));
        } finally {
            giveBack(otherService);
        }
    }

    @Test
    void secondInstanceOfThisServiceDoesNotRelayWhileTheFirstHoldsTheLock() {
        CaseTimelineProbe tables = new CaseTimelineProbe(pool);
        SqlConnection firstInstance = pool.getConnection().await().indefinitely();
        UUID eventId;
        try {
            await().atMost(PATIENCE).until(() -> holdsRelayLock(firstInstance));
            eventId = tables.outboxEventOfCase(CaseTimelineProbe.openCase());

            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                    .until(() -> !tables.published(eventId));
        } finally {
            giveBack(firstInstance);
        }
        await().atMost(PATIENCE).until(() -> tables.published(eventId));
    }

    /** Pooled connections outlive close(): release the session's locks and settings first. */
    private static void giveBack(SqlConnection connection) {
        connection.query("select pg_advisory_unlock_all()").execute().await().indefinitely();
        connection.query("reset search_path").execute().await().indefinitely();
        connection.close().await().indefinitely();
    }

    private static boolean holdsRelayLock(SqlConnection connection) {
        return connection.query(OutboxRelay.TRY_LOCK).execute().await().indefinitely().iterator().next().getBoolean(0);
    }

    private UUID appendNoticeSent(String caseId) throws Throwable {
        NoticeEvents.NoticeSent sent = new NoticeEvents.NoticeSent(caseId, NoticeEvents.NoticeKind.ACKNOWLEDGEMENT,
                UUID.randomUUID(), "<test-" + UUID.randomUUID() + "@dsr>", Instant.now(),
                new Person("probe@example.org", null));
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> outbox.append(sent)))
                .id();
    }
}

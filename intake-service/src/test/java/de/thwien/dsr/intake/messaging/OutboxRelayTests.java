package de.thwien.dsr.intake.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.events.outbox.Outbox;
import de.thwien.dsr.events.outbox.OutboxRelay;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.TopicProbe;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
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

    private UUID appendNoticeSent(String caseId) throws Throwable {
        NoticeEvents.NoticeSent sent = new NoticeEvents.NoticeSent(caseId, NoticeEvents.NoticeKind.ACKNOWLEDGEMENT,
                UUID.randomUUID(), "<test-" + UUID.randomUUID() + "@dsr>", Instant.now(),
                new Person("probe@example.org", null));
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> outbox.append(sent)))
                .id();
    }
}

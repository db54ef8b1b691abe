package de.thwien.dsr.intake.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.MetricsScrape;
import de.thwien.dsr.infra.test.TopicProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class InboxTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private final EventCodec codec = new EventCodec();

    @Inject
    Pool pool;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void sameEventDeliveredTwiceHasOneEffect() {
        CaseTimelineProbe tables = new CaseTimelineProbe(pool);
        String caseId = CaseTimelineProbe.openCase();
        EventEnvelope notice = noticeSent(caseId);
        EventEnvelope later = noticeSent(caseId);

        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            send(probe, notice);
            send(probe, notice);
            send(probe, later);
        }

        await().atMost(PATIENCE).until(() -> tables.timelineEntriesOfEvent(later.id()) == 1);
        assertThat(tables.timelineEntriesOfEvent(notice.id())).isEqualTo(1);
        assertThat(tables.timelineEntries(caseId, "NOTICE_SENT")).isEqualTo(2);
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndThePartitionKeepsMoving() {
        CaseTimelineProbe tables = new CaseTimelineProbe(pool);
        String caseId = CaseTimelineProbe.openCase();
        EventEnvelope valid = noticeSent(caseId);

        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            probe.send(Topics.NOTICES, caseId, Map.of("ce_type", "de.thwien.dsr.notice.sent.v1"), "{not json");
            send(probe, valid);

            await().atMost(PATIENCE).until(() -> tables.timelineEntriesOfEvent(valid.id()) == 1);
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(probe.readAll(Topics.deadLetterOf(Topics.NOTICES)))
                    .filteredOn(record -> caseId.equals(record.key()))
                    .singleElement()
                    .satisfies(record -> {
                        assertThat(record.value()).isEqualTo("{not json");
                        assertThat(TopicProbe.header(record, "dead-letter-reason")).contains("ce_id");
                        assertThat(TopicProbe.header(record, "dead-letter-topic")).isEqualTo(Topics.NOTICES);
                    }));
        }
    }

    @Test
    void eventWithMalformedDataGoesToTheDeadLetterTopic() {
        String caseId = CaseTimelineProbe.openCase();
        EventEnvelope notice = noticeSent(caseId);

        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            probe.send(Topics.NOTICES, caseId, codec.headers(notice), "{\"caseId\":\"" + caseId + "\",\"sentAt\":42x}");

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(probe.readAll(Topics.deadLetterOf(Topics.NOTICES)))
                    .filteredOn(record -> notice.id().toString().equals(TopicProbe.header(record, "ce_id")))
                    .hasSize(1));
        }
    }

    @Test
    void aRecordGivenToTheDeadLetterTopicIsCountedForItsTopicWithoutRetries() {
        String caseId = CaseTimelineProbe.openCase();
        EventEnvelope notice = noticeSent(caseId);
        String deadLetters = "dsr_inbox_dead_letters_total";
        MetricsScrape before = MetricsScrape.now();

        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            probe.send(Topics.NOTICES, caseId, codec.headers(notice), "{\"caseId\":\"" + caseId + "\",\"sentAt\":42x}");
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(probe.readAll(Topics.deadLetterOf(Topics.NOTICES)))
                    .filteredOn(record -> notice.id().toString().equals(TopicProbe.header(record, "ce_id")))
                    .hasSize(1));
        }

        MetricsScrape after = MetricsScrape.now();
        assertThat(after.value(deadLetters, "service=intake-service", "topic=dsr.notices"))
                .isEqualTo(before.value(deadLetters, "service=intake-service", "topic=dsr.notices") + 1);
        assertThat(after.value("dsr_inbox_retries_total", "service=intake-service", "topic=dsr.notices"))
                .as("a record that cannot be decoded is not retried")
                .isEqualTo(before.value("dsr_inbox_retries_total", "service=intake-service", "topic=dsr.notices"));
        assertThat(after.value(deadLetters, "service=intake-service", "topic=dsr.erasure"))
                .isEqualTo(before.value(deadLetters, "service=intake-service", "topic=dsr.erasure"));
    }

    private void send(TopicProbe probe, EventEnvelope envelope) {
        probe.send(envelope.topic(), envelope.subject(), codec.headers(envelope), codec.encode(envelope.data()));
    }

    private static EventEnvelope noticeSent(String caseId) {
        return EventEnvelope.of("/dsr/test", Instant.now(), new NoticeEvents.NoticeSent(caseId,
                NoticeEvents.NoticeKind.ACKNOWLEDGEMENT, UUID.randomUUID(), "<" + UUID.randomUUID() + "@test>",
                Instant.now(), new Person("probe@example.org", null)));
    }
}

package de.thwien.dsr.admin.hops;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.admin.ToolRun;
import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.EmbeddedInfra;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.platform.crypto.DataKey;
import de.thwien.dsr.platform.crypto.KeyScopes;
import de.thwien.dsr.platform.crypto.PersonalDataCipher;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A case's events across the topics of a real broker, its personal data shown only as sealed or shredded. */
class CaseHopsTest {

    private static final EventCodec CODEC = new EventCodec();
    private static EmbeddedInfra infra;
    private static TopicProbe probe;

    @BeforeAll
    static void startBroker() {
        infra = EmbeddedInfra.start();
        probe = new TopicProbe(infra.kafkaBootstrapServers());
    }

    @AfterAll
    static void stopBroker() {
        probe.close();
        infra.close();
    }

    @Test
    void theCasesEventsOnEveryTopicAreListedInTheOrderTheyHappenedWithTheirPersonalDataSealed() {
        String caseId = UUID.randomUUID().toString();
        DataKey.Active caseKey = new DataKey.Active(KeyScopes.ofCase(caseId), PersonalDataCipher.newKey());
        EventEnvelope received = EventEnvelope.of("/dsr/intake-service", Instant.parse("2026-03-04T10:00:00Z"),
                new CaseEvents.RequestReceived(caseId, RequestType.ACCESS, "de", CaseEvents.Channel.WEB_FORM,
                        Instant.parse("2026-03-04T09:59:00Z"), LocalDate.parse("2026-03-04"),
                        LocalDate.parse("2026-04-07"), LocalDate.parse("2026-06-04"), "http://localhost/status/x",
                        null, new Person("hopsfinder@example.org", "Hanna Hopsfinder")));
        EventEnvelope notice = EventEnvelope.of("/dsr/notifier-service", Instant.parse("2026-03-04T10:01:00Z"),
                new NoticeEvents.NoticeSent(caseId, NoticeEvents.NoticeKind.ACKNOWLEDGEMENT, UUID.randomUUID(),
                        "<ack@test>", Instant.parse("2026-03-04T10:01:00Z"),
                        new Person("hopsfinder@example.org", "Hanna Hopsfinder")));
        EventEnvelope shreddedNotice = EventEnvelope.of("/dsr/notifier-service", Instant.parse("2026-03-05T08:00:00Z"),
                new NoticeEvents.NoticeSent(caseId, NoticeEvents.NoticeKind.ACKNOWLEDGEMENT, UUID.randomUUID(),
                        "<later@test>", Instant.parse("2026-03-05T08:00:00Z"),
                        new Person("hopsfinder@example.org", "Hanna Hopsfinder")));
        // sent out of order: the tool orders by the events' time
        send(Topics.NOTICES, notice, CODEC.encode(notice, caseKey));
        send(Topics.CASES, received, CODEC.encode(received, caseKey));
        send(Topics.NOTICES, shreddedNotice, CODEC.encode(shreddedNotice, new DataKey.Destroyed(caseKey.scope())));
        sendOtherCase();

        ToolRun run = ToolRun.of("case-hops", caseId, "--bootstrap", infra.kafkaBootstrapServers());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("case " + caseId + ": 3 event(s)");
        assertThat(lines.get(1)).startsWith("2026-03-04T10:00:00Z  dsr.cases/")
                .contains("de.thwien.dsr.request.received.v1", "id=" + received.id(), "from=/dsr/intake-service",
                        "personal=[sealed]");
        assertThat(lines.get(2)).startsWith("2026-03-04T10:01:00Z  dsr.notices/")
                .contains("id=" + notice.id(), "personal=[sealed]");
        assertThat(lines.get(3)).startsWith("2026-03-05T08:00:00Z  dsr.notices/")
                .contains("id=" + shreddedNotice.id(), "personal=[shredded]");
        assertThat(lines.get(1)).matches(".*dsr\\.cases/\\d@\\d+  .*");
        assertThat(run.out()).doesNotContainIgnoringCase("hopsfinder").doesNotContain("Hanna").doesNotContain("v1.");
    }

    @Test
    void aDeadLetterOfTheCaseIsAHopToo() {
        String caseId = UUID.randomUUID().toString();
        EventEnvelope notice = EventEnvelope.of("/dsr/notifier-service", Instant.parse("2026-03-04T11:00:00Z"),
                new NoticeEvents.NoticeSent(caseId, NoticeEvents.NoticeKind.ACKNOWLEDGEMENT, UUID.randomUUID(),
                        "<dlq@test>", Instant.parse("2026-03-04T11:00:00Z"),
                        new Person("letter@example.org", "Lotte Letter")));
        Map<String, String> headers = new HashMap<>(CODEC.headers(notice));
        headers.put("dead-letter-reason", "Connection refused");
        // written in clear, as events were before sealing: still never shown
        probe.send(Topics.deadLetterOf(Topics.NOTICES), caseId, headers, CODEC.encode(notice.data()));

        ToolRun run = ToolRun.of("case-hops", caseId, "--bootstrap", infra.kafkaBootstrapServers());

        assertThat(run.out()).contains("case " + caseId + ": 1 event(s)", "dsr.notices.dlq/0@",
                "personal=[in clear, not shown]").doesNotContain("letter@example.org", "Lotte");
    }

    @Test
    void aCaseWithoutEventsSaysSoAndFails() {
        ToolRun run = ToolRun.of("case-hops", UUID.randomUUID().toString(), "--bootstrap",
                infra.kafkaBootstrapServers());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(": 0 event(s)");
    }

    private static void send(String topic, EventEnvelope envelope, String json) {
        probe.send(topic, envelope.subject(), CODEC.headers(envelope), json);
    }

    private static void sendOtherCase() {
        String otherCase = UUID.randomUUID().toString();
        EventEnvelope closed = EventEnvelope.of("/dsr/intake-service", Instant.parse("2026-03-04T10:00:30Z"),
                new CaseEvents.CaseClosed(otherCase, "ANSWERED", Instant.parse("2026-03-04T10:00:30Z")));
        send(Topics.CASES, closed, CODEC.encode(closed.data()));
    }
}

package de.thwien.dsr.intake.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.mail.SentNotices;
import de.thwien.dsr.intake.pages.FormSession;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A case that needs the assistant beyond its deadline says so on the case list, the case page and in the digest;
 * a notice the notifier sent is known by its Message-ID, so that a reply naming it finds its case.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class CaseAttentionTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @Inject
    DeadlineWatch deadlineWatch;

    @Inject
    SentNotices sentNotices;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aNoticeTheNotifierGaveUpOnMarksTheCaseRedOnListPageApiAndDigest() throws Throwable {
        String caseId = CaseTables.openCase("ACCESS");
        publish(new NoticeEvents.NoticeFailed(caseId, NoticeKind.ACKNOWLEDGEMENT, UUID.randomUUID(), 5,
                "550 5.1.1 mailbox unavailable", Instant.now()));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(given().auth().preemptive()
                .basic("assistant", "demo-assistant").get("/api/cases/" + caseId)
                .then().statusCode(200).extract().<List<String>>path("attention")).containsExactly("DELIVERY_FAILED"));
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        assertThat(assistant.get("/dashboard/cases/" + caseId).asString())
                .contains("id=\"attention-DELIVERY_FAILED\"", "Zustellung fehlgeschlagen");
        assertThat(assistant.get("/dashboard/cases?q=" + caseId).asString())
                .contains("badge DELIVERY_FAILED", "Zustellung fehlgeschlagen");

        LocalDate day = LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000));
        VertxContextSupport.subscribeAndAwait(() -> deadlineWatch.watch(day.atTime(8, 0).toInstant(ZoneOffset.UTC)));
        JsonNode digest = new ObjectMapper().readTree(
                new CaseTables(pool).outboxPayloads("digest-" + day, "deadline.digest-due").get(0));
        assertThat(digest.get("attention").findValuesAsText("caseId")).contains(caseId);
        assertThat(digest.get("openTriageItems").isNumber()).isTrue();
    }

    @Test
    void aFailureReportedTwiceIsOneAttention() {
        String caseId = CaseTables.openCase("ERASURE");
        publish(new NoticeEvents.NoticeFailed(caseId, NoticeKind.ACKNOWLEDGEMENT, UUID.randomUUID(), 5, "first",
                Instant.now()));
        publish(new NoticeEvents.NoticeFailed(caseId, NoticeKind.VERIFICATION_LINK, UUID.randomUUID(), 5, "second",
                Instant.now()));

        await().atMost(PATIENCE).until(() -> new CaseTables(pool).timelineEntries(caseId, "NOTICE_FAILED") == 2);
        assertThat(given().auth().preemptive().basic("assistant", "demo-assistant").get("/api/cases/" + caseId)
                .then().statusCode(200).extract().<List<String>>path("attention")).containsExactly("DELIVERY_FAILED");
    }

    @Test
    void aSentNoticeIsFoundByItsMessageIdAndTheAssistantsOwnMailIsNot() throws Throwable {
        String caseId = CaseTables.openCase("ACCESS");
        String messageId = "<" + UUID.randomUUID() + "@thwien.de>";
        String digestMessageId = "<" + UUID.randomUUID() + "@thwien.de>";
        publish(new NoticeEvents.NoticeSent(caseId, NoticeKind.ACKNOWLEDGEMENT, UUID.randomUUID(), messageId,
                Instant.now(), null));
        publish(new NoticeEvents.NoticeSent(caseId, NoticeKind.ASSISTANT_ALERT, UUID.randomUUID(), digestMessageId,
                Instant.now(), null));

        await().atMost(PATIENCE).until(() -> new CaseTables(pool).timelineEntries(caseId, "NOTICE_SENT") == 2);
        assertThat(find(messageId)).contains(new SentNotices.SentNotice(UUID.fromString(caseId),
                NoticeKind.ACKNOWLEDGEMENT));
        assertThat(find(" " + messageId + " ")).isPresent();
        assertThat(find(digestMessageId)).isEmpty();
        assertThat(find("<unknown@example.org>")).isEmpty();
    }

    private Optional<SentNotices.SentNotice> find(String messageId) throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> sentNotices.find(messageId)));
    }

    private void publish(de.thwien.dsr.events.EventData data) {
        EventEnvelope envelope = EventEnvelope.of("/dsr/notifier-service", Instant.now(), data);
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            EventCodec codec = new EventCodec();
            probe.send(envelope.topic(), envelope.subject(), codec.headers(envelope), codec.encode(envelope.data()));
        }
    }
}

package de.thwien.dsr.intake.cases;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.RequestType;
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
import java.util.Map;
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
    void storesThatCouldNotBeSearchedAreFlaggedWithTheirNamesUntilTheAssistantMarksThemHandled() {
        String caseId = CaseTables.openCase("ACCESS");
        publish("/dsr/subject-index-service", new DiscoveryEvents.StoresNotSearched(caseId, RequestType.ACCESS, "de",
                List.of("crm", "conference"), 5, null));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(attention(caseId))
                .containsExactly("STORES_NOT_SEARCHED"));
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        assertThat(assistant.get("/dashboard/cases?q=" + caseId).asString())
                .contains("badge STORES_NOT_SEARCHED", "nicht durchsucht",
                        "Kunden- und Rechnungsverwaltung, Web-Konferenz-Server");
        String page = "/dashboard/cases/" + caseId;
        assertThat(assistant.get(page).asString()).contains("id=\"attention-STORES_NOT_SEARCHED\"",
                "id=\"stores-not-searched\"", "Kunden- und Rechnungsverwaltung, Web-Konferenz-Server",
                page + "/actions/stores-handled");

        assertThat(assistant.submit(page, page + "/actions/stores-handled", Map.of()).statusCode()).isEqualTo(303);
        assertThat(attention(caseId)).isEmpty();
        assertThat(new CaseTables(pool).timeline(caseId)).anySatisfy(entry -> assertThat(entry)
                .startsWith("STORES_NOT_SEARCHED_HANDLED|assistant|"));
    }

    @Test
    void closingTheCaseEndsTheStoresNotSearchedFlag() {
        String caseId = CaseTables.openCase("ACCESS");
        publish("/dsr/subject-index-service", new DiscoveryEvents.StoresNotSearched(caseId, RequestType.ACCESS, "de",
                List.of("mail"), 5, null));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(attention(caseId))
                .containsExactly("STORES_NOT_SEARCHED"));

        given().auth().preemptive().basic("assistant", "demo-assistant").contentType("application/json")
                .body("{\"reasonCode\":\"OTHER\",\"reasons\":\"withdrawn\"}")
                .post("/api/cases/" + caseId + "/rejection").then().statusCode(200);
        assertThat(attention(caseId)).containsExactly("STORES_NOT_SEARCHED");
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType("application/json").body("{}")
                .post("/api/cases/" + caseId + "/closure").then().statusCode(200);

        assertThat(attention(caseId)).isEmpty();
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

    private static List<String> attention(String caseId) {
        return given().auth().preemptive().basic("assistant", "demo-assistant").get("/api/cases/" + caseId)
                .then().statusCode(200).extract().path("attention");
    }

    private void publish(de.thwien.dsr.events.EventData data) {
        publish("/dsr/notifier-service", data);
    }

    private void publish(String source, de.thwien.dsr.events.EventData data) {
        EventEnvelope envelope = EventEnvelope.of(source, Instant.now(), data);
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            EventCodec codec = new EventCodec();
            probe.send(envelope.topic(), envelope.subject(), codec.headers(envelope), codec.encode(envelope.data()));
        }
    }
}

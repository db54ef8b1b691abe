package de.thwien.dsr.intake.deadletters;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.intake.AdminToolRun;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.cases.DeadlineWatch;
import de.thwien.dsr.intake.pages.FormSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Every record that reaches a dead-letter topic is work: recorded once, listed on the dashboard and in the API,
 * counted on the overview and in the digest, and the owner replays it after a fix or marks it handled with a note.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class DeadLetterTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String NOTICE_SENT = "de.thwien.dsr.notice.sent.v1";
    private final EventCodec codec = new EventCodec();

    @Inject
    Pool pool;

    @Inject
    DeadlineWatch deadlineWatch;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @TestHTTPResource("/")
    URL base;

    @Test
    void aPoisonRecordInEveryDeadLetterTopicIsListedInTheApiAndOnTheDashboard() {
        Map<String, String> keyByTopic = poisonEveryDeadLetterTopic();

        for (Map.Entry<String, String> poisoned : keyByTopic.entrySet()) {
            Map<String, Object> letter = awaitDeadLetterWithKey(poisoned.getValue());
            assertThat(letter.get("dlqTopic")).isEqualTo(Topics.deadLetterOf(poisoned.getKey()));
            assertThat(letter.get("originalTopic")).isEqualTo(poisoned.getKey());
            assertThat(letter.get("caseId")).isEqualTo(poisoned.getValue());
            assertThat((String) letter.get("reason")).isNotBlank();
            assertThat((String) letter.get("deadLetteredAt")).isNotBlank();
        }
        String html = FormSession.loggedInAs("assistant", "demo-assistant").get("/dashboard/dead-letters").asString();
        for (Map.Entry<String, String> poisoned : keyByTopic.entrySet()) {
            assertThat(html).contains("href=\"/dashboard/cases/" + poisoned.getValue() + "\"",
                    Topics.deadLetterOf(poisoned.getKey()));
        }
        // the inbox's reason for a record without CloudEvents id, as the failure strategy wrote it
        assertThat(html).contains("ce_id");
    }

    @Test
    void theOverviewWarnsOfOpenDeadLetters() {
        poisonEveryDeadLetterTopic().values().forEach(DeadLetterTests::awaitDeadLetterWithKey);

        String html = FormSession.loggedInAs("assistant", "demo-assistant").get("/dashboard").asString();

        assertThat(html).contains("id=\"dead-letter-count\"", "href=\"/dashboard/dead-letters\"",
                "Nicht zugestellte Ereignisse");
        int shown = Integer.parseInt(html.replaceAll("(?s).*id=\"dead-letter-count\">(\\d+)<.*", "$1"));
        assertThat(shown).isGreaterThanOrEqualTo(4);
    }

    @Test
    void replayPublishesTheOriginalRecordToItsTopicWithTheSameKeyAndHeaders() {
        String key = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        Map<String, String> original = Map.of("ce_specversion", "1.0", "ce_id", eventId,
                "ce_type", "de.thwien.dsr.case.closed.v1", "ce_source", "/dsr/intake-service", "ce_subject", key,
                "content-type", "application/json");
        String value = "{\"caseId\":\"" + key + "\",\"outcome\":\"ANSWERED\",\"closedAt\":\"2026-04-01T10:00:00Z\"}";
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            probe.send(Topics.deadLetterOf(Topics.CASES), key, asDeadLetter(original, Topics.CASES,
                    "case 42 could not be applied"), value);
            long id = idOf(awaitDeadLetterWithKey(key));
            assertThat(awaitDeadLetterWithKey(key).get("eventId")).isEqualTo(eventId);

            ownerWithoutBody().when().post("/api/dead-letters/" + id + "/replay")
                    .then().statusCode(200)
                    .body("status", equalTo("REPLAYED")).body("resolvedBy", equalTo("owner"))
                    .body("resolvedAt", notNullValue());

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(probe.readAll(Topics.CASES))
                    .filteredOn(record -> key.equals(record.key()))
                    .singleElement()
                    .satisfies(record -> {
                        assertThat(record.value()).isEqualTo(value);
                        assertThat(headersOf(record)).isEqualTo(original);
                    }));
            ownerWithoutBody().when().post("/api/dead-letters/" + id + "/replay")
                    .then().statusCode(409).contentType("application/problem+json");
            assertThat(probe.readAll(Topics.CASES)).filteredOn(record -> key.equals(record.key())).hasSize(1);
        }
    }

    @Test
    void theAdminToolListsAnOpenDeadLetterAndReplaysItByItsTopicAndOffsetOnlyOnce() {
        String key = UUID.randomUUID().toString();
        Map<String, String> original = Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                "ce_type", "de.thwien.dsr.case.closed.v1", "ce_source", "/dsr/intake-service", "ce_subject", key,
                "content-type", "application/json");
        String value = "{\"caseId\":\"" + key + "\",\"outcome\":\"ANSWERED\",\"closedAt\":\"2026-04-01T10:00:00Z\"}";
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            probe.send(Topics.deadLetterOf(Topics.CASES), key, asDeadLetter(original, Topics.CASES,
                    "case could not be applied"), value);
            Map<String, Object> letter = awaitDeadLetterWithKey(key);
            String dlqOffset = String.valueOf(letter.get("dlqOffset"));

            AdminToolRun list = AdminToolRun.withPassword("demo-assistant", "dlq", "list", "--url", baseUrl(),
                    "--user", "assistant", "--password-stdin");

            assertThat(list.exitCode()).as(list.err()).isZero();
            assertThat(list.out()).contains("#" + idOf(letter) + "  OPEN  dsr.cases.dlq@" + dlqOffset
                    + "  from dsr.cases  for every consumer  case " + key + "  de.thwien.dsr.case.closed.v1");

            AdminToolRun replay = AdminToolRun.withPassword("demo-owner", "dlq", "replay", "dsr.cases.dlq", dlqOffset,
                    "--url", baseUrl(), "--password-stdin");

            assertThat(replay.exitCode()).as(replay.err()).isZero();
            assertThat(replay.out()).contains("dead letter #" + idOf(letter) + " (dsr.cases.dlq@" + dlqOffset
                    + ") replayed to dsr.cases for every consumer: status REPLAYED");
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(probe.readAll(Topics.CASES))
                    .filteredOn(record -> key.equals(record.key())).singleElement()
                    .satisfies(record -> assertThat(record.value()).isEqualTo(value)));

            AdminToolRun again = AdminToolRun.withPassword("demo-owner", "dlq", "replay", "dsr.cases.dlq", dlqOffset,
                    "--url", baseUrl(), "--password-stdin");

            assertThat(again.exitCode()).isEqualTo(1);
            assertThat(again.err()).contains("no open dead letter at dsr.cases.dlq@" + dlqOffset);
            assertThat(probe.readAll(Topics.CASES)).filteredOn(record -> key.equals(record.key())).hasSize(1);
            assertThat(AdminToolRun.withPassword("demo-owner", "dlq", "list", "--status", "REPLAYED", "--url",
                    baseUrl(), "--password-stdin").out()).contains("#" + idOf(letter) + "  REPLAYED");
        }
    }

    @Test
    void theAdminToolSaysWhatIntakeAnsweredToAWrongPasswordOrAMissingRole() {
        AdminToolRun wrongPassword = AdminToolRun.withPassword("not-the-password", "dlq", "list", "--url",
                baseUrl(), "--user", "assistant", "--password-stdin");
        AdminToolRun assistantRotates = AdminToolRun.withPassword("demo-assistant", "rotate-master-key", "--url",
                baseUrl(), "--user", "assistant", "--password-stdin");

        assertThat(wrongPassword.exitCode()).isEqualTo(1);
        assertThat(wrongPassword.err()).contains("GET /api/dead-letters?status=OPEN answered 401");
        assertThat(assistantRotates.exitCode()).isEqualTo(1);
        assertThat(assistantRotates.err()).contains("answered 403");
    }

    @Test
    void aNoticeEventReplayedAfterTheFixIsConsumedAndReachesTheCaseTimeline() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");
        EventEnvelope notice = EventEnvelope.of("/dsr/notifier-service", Instant.now(), new NoticeEvents.NoticeSent(
                caseId, NoticeEvents.NoticeKind.ACKNOWLEDGEMENT, UUID.randomUUID(), "<" + UUID.randomUUID() + "@test>",
                Instant.now(), new Person("probe@example.org", null)));
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            // what the inbox wrote when the database was gone for longer than its retries
            probe.send(Topics.deadLetterOf(Topics.NOTICES), caseId, asDeadLetter(codec.headers(notice),
                    Topics.NOTICES, "Connection refused"), codec.encode(notice.data()));
        }
        long id = idOf(awaitDeadLetterWithKey(caseId));
        assertThat(tables.timelineEntries(caseId, "NOTICE_SENT")).isZero();

        ownerWithoutBody().when().post("/api/dead-letters/" + id + "/replay").then().statusCode(200);

        await().atMost(PATIENCE).until(() -> tables.timelineEntries(caseId, "NOTICE_SENT") == 1);
    }

    @Test
    void aDeadLetterNamesTheConsumerGroupThatFailedAndItsReplayIsAddressedToThatGroup() {
        String key = poisonNoticesThroughTheInbox();
        Map<String, Object> letter = awaitDeadLetterWithKey(key);
        assertThat(letter.get("consumerGroup")).isEqualTo("intake-service");

        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            ownerWithoutBody().when().post("/api/dead-letters/" + idOf(letter) + "/replay").then().statusCode(200);

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(probe.readAll(Topics.NOTICES))
                    .filteredOn(record -> key.equals(record.key()))
                    .last()
                    .satisfies(record -> assertThat(headersOf(record))
                            .containsEntry("dsr-replay-for", "intake-service")
                            .doesNotContainKey("dead-letter-consumer-group")));
        }
    }

    @Test
    void aReplayAddressedToAnotherServiceIsSkippedByThisServicesInbox() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");
        EventEnvelope forNotifier = noticeSent(caseId);
        EventEnvelope forEveryone = noticeSent(caseId);
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            Map<String, String> addressed = new HashMap<>(codec.headers(forNotifier));
            addressed.put("dsr-replay-for", "notifier-service");
            probe.send(Topics.NOTICES, caseId, addressed, codec.encode(forNotifier.data()));
            probe.send(Topics.NOTICES, caseId, codec.headers(forEveryone), codec.encode(forEveryone.data()));
        }

        // same key, same partition: once the second is applied, the first was consumed before it
        await().atMost(PATIENCE).until(() -> tables.timelineEntries(caseId, "NOTICE_SENT") >= 1);
        assertThat(tables.timelineEntries(caseId, "NOTICE_SENT")).isEqualTo(1);
    }

    private static EventEnvelope noticeSent(String caseId) {
        return EventEnvelope.of("/dsr/notifier-service", Instant.now(), new NoticeEvents.NoticeSent(caseId,
                NoticeEvents.NoticeKind.ACKNOWLEDGEMENT, UUID.randomUUID(), "<" + UUID.randomUUID() + "@test>",
                Instant.now(), new Person("probe@example.org", null)));
    }

    @Test
    void markingHandledNeedsANoteAndHappensOnce() {
        String key = poisonNoticesThroughTheInbox();
        long id = idOf(awaitDeadLetterWithKey(key));

        owner().contentType(ContentType.JSON).body("{\"note\":\"  \"}").when()
                .post("/api/dead-letters/" + id + "/handled")
                .then().statusCode(400).contentType("application/problem+json");
        owner().contentType(ContentType.JSON).body("{\"note\":\"sender fixed, event re-sent by hand\"}").when()
                .post("/api/dead-letters/" + id + "/handled")
                .then().statusCode(200).body("status", equalTo("HANDLED")).body("resolvedBy", equalTo("owner"))
                .body("note", equalTo("sender fixed, event re-sent by hand"));

        owner().contentType(ContentType.JSON).body("{\"note\":\"again\"}").when()
                .post("/api/dead-letters/" + id + "/handled")
                .then().statusCode(409).contentType("application/problem+json");
        ownerWithoutBody().when().post("/api/dead-letters/" + id + "/replay")
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().preemptive().basic("owner", "demo-owner").when().get("/api/dead-letters?status=OPEN")
                .then().statusCode(200).body("findAll { it.id == " + id + " }.size()", equalTo(0));
    }

    @Test
    void unknownDeadLetterIsAProblemNotAServerError() {
        ownerWithoutBody().when().post("/api/dead-letters/999999999/replay")
                .then().statusCode(404).contentType("application/problem+json");
        owner().contentType(ContentType.JSON).body("{\"note\":\"x\"}").when()
                .post("/api/dead-letters/999999999/handled")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().preemptive().basic("owner", "demo-owner").when().get("/api/dead-letters?status=LOST")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theAssistantSeesDeadLettersButOnlyTheOwnerActsOnThem() {
        String key = poisonNoticesThroughTheInbox();
        long id = idOf(awaitDeadLetterWithKey(key));
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        assertThat(assistant.get("/dashboard/dead-letters").asString()).contains(key)
                .doesNotContain("/dashboard/dead-letters/" + id + "/replay");
        given().auth().preemptive().basic("assistant", "demo-assistant").noContentType().when()
                .post("/api/dead-letters/" + id + "/replay").then().statusCode(403);
        assertThat(assistant.submit("/dashboard/dead-letters", "/dashboard/dead-letters/" + id + "/replay", Map.of())
                .statusCode()).isEqualTo(403);
        assertThat(awaitDeadLetterWithKey(key).get("status")).isEqualTo("OPEN");
    }

    @Test
    void theOwnerReplaysAndMarksHandledThroughTheDashboardForms() {
        String replayed = poisonNoticesThroughTheInbox();
        String handled = poisonNoticesThroughTheInbox();
        long replayedId = idOf(awaitDeadLetterWithKey(replayed));
        long handledId = idOf(awaitDeadLetterWithKey(handled));
        FormSession owner = FormSession.loggedInAs("owner", "demo-owner");
        assertThat(owner.get("/dashboard/dead-letters").asString())
                .contains("action=\"/dashboard/dead-letters/" + replayedId + "/replay\"");

        Response withoutToken = owner.post("/dashboard/dead-letters/" + replayedId + "/replay",
                Map.of("note", "forged"));
        Response replay = owner.submit("/dashboard/dead-letters",
                "/dashboard/dead-letters/" + replayedId + "/replay", Map.of());
        Response withoutNote = owner.submit("/dashboard/dead-letters",
                "/dashboard/dead-letters/" + handledId + "/handled", Map.of("note", ""));
        Response handle = owner.submit("/dashboard/dead-letters",
                "/dashboard/dead-letters/" + handledId + "/handled", Map.of("note", "duplicate of a replayed one"));

        assertThat(withoutToken.statusCode()).isEqualTo(400);
        assertThat(replay.statusCode()).isEqualTo(303);
        assertThat(withoutNote.statusCode()).isEqualTo(400);
        assertThat(withoutNote.asString()).contains("Notiz");
        assertThat(handle.statusCode()).isEqualTo(303);
        assertThat(deadLetter(replayedId).get("status")).isEqualTo("REPLAYED");
        assertThat(deadLetter(handledId).get("status")).isEqualTo("HANDLED");
        assertThat(deadLetter(handledId).get("note")).isEqualTo("duplicate of a replayed one");
        assertThat(owner.get("/dashboard/dead-letters?lang=en").asString())
                .contains("duplicate of a replayed one", "Replayed", "Handled");
    }

    @Test
    void theDailyDigestCountsOpenDeadLettersPerTopic() throws Throwable {
        poisonEveryDeadLetterTopic().values().forEach(DeadLetterTests::awaitDeadLetterWithKey);
        // a day long past: its digest was not sent yet, and no case is due near it
        LocalDate day = LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000));

        VertxContextSupport.subscribeAndAwait(() -> deadlineWatch.watch(day.atTime(8, 0).toInstant(ZoneOffset.UTC)));

        String payload = new CaseTables(pool).outboxPayloads("digest-" + day, "deadline.digest-due").get(0);
        JsonNode counts = new ObjectMapper().readTree(payload).get("openDeadLetters");
        Map<String, Long> open = new HashMap<>();
        counts.forEach(count -> open.put(count.get("topic").asText(), count.get("open").asLong()));
        assertThat(open.keySet()).containsExactlyInAnyOrderElementsOf(Topics.deadLetterTopics());
        assertThat(open.values()).allSatisfy(count -> assertThat(count).isPositive());
        // every open one, not a page of them: this class alone writes to dsr.cases.dlq directly
        assertThat(open.get("dsr.cases.dlq")).isEqualTo(openDeadLettersIn("dsr.cases.dlq"));
    }

    /**
     * One poison record per dead-letter topic: three through intake's own inbox (the real failure path), one
     * written to dsr.cases.dlq as another service's inbox would (intake does not consume dsr.cases).
     */
    private Map<String, String> poisonEveryDeadLetterTopic() {
        Map<String, String> keyByTopic = new HashMap<>();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            for (String topic : List.of(Topics.NOTICES, Topics.DISCOVERY, Topics.ERASURE)) {
                String key = UUID.randomUUID().toString();
                probe.send(topic, key, Map.of("ce_type", NOTICE_SENT), "{not json");
                keyByTopic.put(topic, key);
            }
            String key = UUID.randomUUID().toString();
            probe.send(Topics.deadLetterOf(Topics.CASES), key, asDeadLetter(Map.of("ce_type",
                    "de.thwien.dsr.request.received.v1"), Topics.CASES, "missing CloudEvents header ce_id"), "{}");
            keyByTopic.put(Topics.CASES, key);
        }
        return keyByTopic;
    }

    private String poisonNoticesThroughTheInbox() {
        String key = UUID.randomUUID().toString();
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            probe.send(Topics.NOTICES, key, Map.of("ce_type", NOTICE_SENT), "{not json");
        }
        return key;
    }

    /** The headers the dead-letter-queue failure strategy writes before the record's own. */
    private static Map<String, String> asDeadLetter(Map<String, String> headers, String topic, String reason) {
        Map<String, String> withReason = new HashMap<>(headers);
        withReason.put("dead-letter-exception-class-name", "de.thwien.dsr.platform.codec.EventDecodingException");
        withReason.put("dead-letter-reason", reason);
        withReason.put("dead-letter-topic", topic);
        withReason.put("dead-letter-partition", "0");
        withReason.put("dead-letter-offset", "17");
        return withReason;
    }

    private static Map<String, String> headersOf(ConsumerRecord<String, String> record) {
        return java.util.stream.StreamSupport.stream(record.headers().spliterator(), false)
                .collect(Collectors.toMap(header -> header.key(),
                        header -> new String(header.value(), java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The API's entry for the dead letter whose record key is {@code key}, once it was recorded. */
    private static Map<String, Object> awaitDeadLetterWithKey(String key) {
        return await().atMost(PATIENCE).until(() -> given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/dead-letters").then().statusCode(200).extract().jsonPath()
                .<String, Object>getMap("find { it.key == '" + key + "' }"), found -> found != null);
    }

    private static Map<String, Object> deadLetter(long id) {
        return given().auth().preemptive().basic("owner", "demo-owner")
                .when().get("/api/dead-letters").then().statusCode(200).extract().jsonPath()
                .getMap("find { it.id == " + id + " }");
    }

    private static long idOf(Map<String, Object> deadLetter) {
        return ((Number) deadLetter.get("id")).longValue();
    }

    private long openDeadLettersIn(String dlqTopic) {
        return pool.preparedQuery("select count(*) from dead_letter where dlq_topic = $1 and status = 'OPEN'")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(dlqTopic))
                .map(rows -> rows.iterator().next().getLong(0)).await().indefinitely();
    }

    private static RequestSpecification owner() {
        return given().auth().preemptive().basic("owner", "demo-owner");
    }

    /** A POST as curl sends it without data: no body, no Content-Type. */
    private static RequestSpecification ownerWithoutBody() {
        return owner().noContentType();
    }

    private String baseUrl() {
        return base.toString();
    }
}

package de.thwien.dsr.intake.requests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.deadlines.DeadlineCalculator;
import de.thwien.dsr.intake.deadlines.Deadlines;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A request that came by letter, phone, fax, in person or to another address is registered by the assistant with
 * its real receipt instant (Art. 12(3) runs from receipt by the controller), and then goes through the normal flow.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class RegisteredRequestTests {

    private static final DateTimeFormatter BERLIN_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(DeadlineCalculator.BERLIN);

    @Inject
    Pool pool;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static RequestSpecification assistant() {
        return given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON);
    }

    private static Map<String, Object> letter(Instant receivedAt, String email) {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "ERASURE");
        body.put("channel", "LETTER");
        body.put("receivedAt", receivedAt.toString());
        body.put("name", "Erika Beispiel");
        body.put("language", "de");
        body.put("note", "Brief vom 28.11., Unterschrift geprüft");
        if (email != null) {
            body.put("email", email);
        }
        return body;
    }

    @Test
    void letterReceivedFiveDaysAgoIsDueFromItsReceiptAndAcknowledgedByMailWithAVerificationLink() {
        Instant receivedAt = Instant.now().minus(Duration.ofDays(5)).truncatedTo(ChronoUnit.SECONDS);
        String email = CaseTables.uniqueEmail();
        long casesBefore = caseCount();

        String caseId = assistant().body(letter(receivedAt, email)).when().post("/api/cases")
                .then().statusCode(201)
                .body("channel", equalTo("LETTER"))
                .body("requester.email", equalTo(email))
                .extract().path("id");

        Deadlines expected = new DeadlineCalculator().deadlinesFor(receivedAt);
        Row row = caseRow(caseId);
        assertThat(row.getOffsetDateTime("received_at").toInstant()).isEqualTo(receivedAt);
        assertThat(row.getLocalDate("received_on")).isEqualTo(expected.receivedOn());
        assertThat(row.getLocalDate("due_on")).isEqualTo(expected.dueOn());
        assertThat(row.getLocalDate("extended_due_on")).isEqualTo(expected.extendedDueOn());
        assertThat(caseCount()).isEqualTo(casesBefore + 1);
        CaseTables tables = new CaseTables(pool);
        assertThat(tables.outboxPayloads(caseId, "request.received")).singleElement().asString()
                .contains("\"channel\":\"LETTER\"", "\"receivedAt\":\"" + receivedAt + "\"",
                        "\"dueOn\":\"" + expected.dueOn() + "\"", email);
        // an address is known: acknowledgement and verification link go out by mail as for any request
        assertThat(tables.outboxEvents(caseId, "verification.requested")).isEqualTo(1);
        assertThat(tables.status(caseId)).isEqualTo("AWAITING_VERIFICATION");
        assertThat(tables.timeline(caseId)).first().asString()
                .startsWith("REQUEST_RECEIVED|assistant|Registered by assistant")
                .contains("letter received " + BERLIN_MINUTES.format(receivedAt), "due on " + expected.dueOn());
    }

    @Test
    void requestTakenOnThePhoneWithoutAnAddressWaitsForTheAssistantToVerifyIt() {
        Map<String, Object> call = letter(Instant.now().minus(Duration.ofHours(2)), null);
        call.put("channel", "PHONE");

        String caseId = assistant().body(call).when().post("/api/cases")
                .then().statusCode(201).body("channel", equalTo("PHONE")).extract().path("id");

        CaseTables tables = new CaseTables(pool);
        assertThat(tables.outboxEvents(caseId, "verification.requested")).isZero();
        assertThat(tables.outboxPayloads(caseId, "request.received")).singleElement().asString()
                .contains("Erika Beispiel").doesNotContain("@");
        assertThat(tables.status(caseId)).isEqualTo("RECEIVED");
        assistant().body("{\"note\":\"called back on the number in the CRM\"}")
                .when().post("/api/cases/" + caseId + "/verification")
                .then().statusCode(200).body("status", equalTo("VERIFIED"));
        assertThat(tables.outboxEvents(caseId, "identity.verified")).isEqualTo(1);
    }

    @Test
    void aNoticePreparedForPrintingShowsOnTheTimelineAsSuch() {
        String caseId = assistant().body(letter(Instant.now().minus(Duration.ofDays(1)), null))
                .when().post("/api/cases").then().statusCode(201).extract().path("id");
        EventEnvelope printed = EventEnvelope.of("/dsr/notifier-service", Instant.now(),
                new NoticeEvents.NoticePreparedForPrinting(caseId, NoticeEvents.NoticeKind.ACKNOWLEDGEMENT,
                        UUID.randomUUID(), UUID.randomUUID(), Instant.now()));

        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            EventCodec codec = new EventCodec();
            probe.send(printed.topic(), printed.subject(), codec.headers(printed), codec.encode(printed.data()));
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(new CaseTables(pool).timeline(caseId))
                .filteredOn(entry -> entry.startsWith("NOTICE_PRINT_READY"))
                .singleElement().asString().contains("ACKNOWLEDGEMENT", "prepared for printing"));
    }

    @Test
    void receiptInTheFutureIsRefusedWithProblemJsonAndOpensNoCase() {
        long casesBefore = caseCount();

        assistant().body(letter(Instant.now().plus(Duration.ofHours(1)), CaseTables.uniqueEmail()))
                .when().post("/api/cases")
                .then().statusCode(400).contentType("application/problem+json");

        assertThat(caseCount()).isEqualTo(casesBefore);
    }

    @Test
    void receiptOlderThanTheLongestDeadlineIsRefused() {
        long casesBefore = caseCount();

        assistant().body(letter(Instant.now().minus(Duration.ofDays(100)), null))
                .when().post("/api/cases")
                .then().statusCode(400).contentType("application/problem+json");

        assertThat(caseCount()).isEqualTo(casesBefore);
    }

    @Test
    void webFormAndPrivacyMailboxRequestsAreNotRegisteredByHand() {
        for (String channel : new String[] {"WEB_FORM", "EMAIL"}) {
            Map<String, Object> body = letter(Instant.now().minus(Duration.ofDays(1)), null);
            body.put("channel", channel);

            assistant().body(body).when().post("/api/cases")
                    .then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void anAddressGivenIsCheckedByTheAddressRule() {
        assistant().body(letter(Instant.now().minus(Duration.ofDays(1)), "jürgen@example.org"))
                .when().post("/api/cases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(endsWith("email")));
    }

    @Test
    void aRestrictionGroundOnAnAccessRequestIsRefusedNotDropped() {
        long before = caseCount();
        Map<String, Object> letter = letter(Instant.now().minus(Duration.ofDays(1)), "ground-on-access@example.org");
        letter.put("type", "ACCESS");
        letter.put("restrictionGround", "UNLAWFUL_PROCESSING");
        assistant().body(letter).when().post("/api/cases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("restrictionGround"));
        assertThat(caseCount()).isEqualTo(before);
    }

    @Test
    void aFieldTheRegistrationDoesNotHaveIsRefusedNotDropped() {
        Map<String, Object> letter = letter(Instant.now().minus(Duration.ofDays(1)), "unknown-field@example.org");
        letter.put("receivedOn", "2026-12-01");
        assistant().body(letter).when().post("/api/cases")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("'receivedOn'"));
    }

    @Test
    void aRequestWithoutTypeChannelOrReceiptIsRefused() {
        assistant().body("{}").when().post("/api/cases")
                .then().statusCode(400).contentType("application/problem+json");
    }

    private long caseCount() {
        return pool.preparedQuery("select count(*) from dsr_case").execute().await().indefinitely()
                .iterator().next().getLong(0);
    }

    private Row caseRow(String caseId) {
        return pool.preparedQuery("select * from dsr_case where id = $1").execute(Tuple.of(UUID.fromString(caseId)))
                .await().indefinitely().iterator().next();
    }
}

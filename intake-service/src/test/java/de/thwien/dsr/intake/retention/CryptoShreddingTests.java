package de.thwien.dsr.intake.retention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.EventTypes;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.platform.keyring.SealedEvents;
import de.thwien.dsr.platform.outbox.Outbox;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.intake.CaseTables;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Personal data in events is sealed per case, and shredding the case's key makes every copy unreadable. */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class CryptoShreddingTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Far enough ahead that a case closed now is past its retention, whatever the day of the year. */
    private static final Duration FOUR_YEARS = Duration.ofDays(4 * 366);

    @Inject
    Pool pool;

    @Inject
    CaseKeyShredding shredding;

    @Inject
    SealedEvents sealed;

    @Inject
    Outbox outbox;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void neitherTheOutboxNorTheRawCaseTopicHoldsTheRequestersAddressOrName() throws Exception {
        String email = CaseTables.uniqueEmail();
        String name = "Zacharias Quellwasser " + UUID.randomUUID().toString().substring(0, 8);
        String caseId = openCase(email, name);
        assistant().body("{\"note\":\"known caller, verified by phone\"}")
                .when().post("/api/cases/" + caseId + "/verification").then().statusCode(200);

        List<ConsumerRecord<String, String>> records = awaitRecords(caseId, 3);

        for (ConsumerRecord<String, String> record : records) {
            assertThat(rawTextOf(record)).as(TopicProbe.header(record, "ce_type"))
                    .doesNotContain(email).doesNotContain(email.substring(0, email.indexOf('@')))
                    .doesNotContain(name).doesNotContain("Quellwasser");
        }
        assertThat(outboxPayloads(caseId)).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(payload -> assertThat(payload).doesNotContain(email).doesNotContain("Quellwasser"));
        // sealed, not dropped: with the case's key the inbox reads it back
        CaseEvents.RequestReceived received = (CaseEvents.RequestReceived) open(recordOfType(records,
                EventTypes.REQUEST_RECEIVED)).data();
        assertThat(received.personal().email()).isEqualTo(email);
        assertThat(received.personal().name()).isEqualTo(name);
    }

    @Test
    void afterShreddingACaseItsEventsCannotBeOpenedWhileAnotherCasesStillCan() {
        String shreddedEmail = CaseTables.uniqueEmail();
        String shreddedCase = openCase(shreddedEmail, "Erna Endlich");
        rejectAndClose(shreddedCase);
        String keptEmail = CaseTables.uniqueEmail();
        String keptCase = openCase(keptEmail, "Kurt Kommtnoch");

        List<UUID> shredded = shredAt(Instant.now().plus(FOUR_YEARS));

        assertThat(shredded).contains(UUID.fromString(shreddedCase)).doesNotContain(UUID.fromString(keptCase));
        ConsumerRecord<String, String> shreddedRecord = recordOfType(awaitRecords(shreddedCase, 2),
                EventTypes.REQUEST_RECEIVED);
        ConsumerRecord<String, String> keptRecord = recordOfType(awaitRecords(keptCase, 2), EventTypes.REQUEST_RECEIVED);
        CaseEvents.RequestReceived afterShredding = (CaseEvents.RequestReceived) open(shreddedRecord).data();
        assertThat(afterShredding.personal()).isNull();
        assertThat(open(shreddedRecord).personalShredded()).isTrue();
        assertThat(afterShredding.caseId()).isEqualTo(shreddedCase);
        assertThat(((CaseEvents.RequestReceived) open(keptRecord).data()).personal().email()).isEqualTo(keptEmail);
        assertThat(wrappedKeyOf("case:" + shreddedCase)).isNull();
        assertThat(wrappedKeyOf("case:" + keptCase)).isNotNull().doesNotContain(keptEmail);
        assertThat(new CaseTables(pool).timelineEntries(shreddedCase, CaseKeyShredding.TIMELINE_KIND)).isEqualTo(1);
    }

    @Test
    void shreddingAgainChangesNothing() {
        String caseId = openCase(CaseTables.uniqueEmail(), "Olga Once");
        rejectAndClose(caseId);
        Instant later = Instant.now().plus(FOUR_YEARS);

        assertThat(shredAt(later)).contains(UUID.fromString(caseId));
        assertThat(shredAt(later)).doesNotContain(UUID.fromString(caseId));
        assertThat(new CaseTables(pool).timelineEntries(caseId, CaseKeyShredding.TIMELINE_KIND)).isEqualTo(1);
    }

    @Test
    void aCaseClosedThisYearKeepsItsKeyUntilItsRecordRetentionEnds() {
        String caseId = openCase(CaseTables.uniqueEmail(), "Paula Pünktlich");
        rejectAndClose(caseId);

        assertThat(shredAt(Instant.now().plus(Duration.ofDays(366)))).doesNotContain(UUID.fromString(caseId));
        assertThat(wrappedKeyOf("case:" + caseId)).isNotNull();
    }

    @Test
    void anEventAppendedForAShreddedCaseCarriesNoPersonalData() throws Throwable {
        String email = CaseTables.uniqueEmail();
        String caseId = openCase(email, "Lena Letzte");
        rejectAndClose(caseId);
        shredAt(Instant.now().plus(FOUR_YEARS));

        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> outbox.append(
                new CaseEvents.RequestRejected(caseId, "de", CaseEvents.RejectionReason.OTHER, "late",
                        new de.thwien.dsr.events.Person(email, "Lena Letzte")))));

        assertThat(new CaseTables(pool).outboxPayloads(caseId, "request.rejected")).last()
                .satisfies(payload -> assertThat(payload).contains("\"personal\":null").doesNotContain(email));
    }

    private List<UUID> shredAt(Instant now) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> shredding.shredDue(now));
        } catch (Throwable e) {
            throw new AssertionError("shredding failed", e);
        }
    }

    private EventEnvelope open(ConsumerRecord<String, String> record) {
        return sealed.openAndWait(record);
    }

    private List<ConsumerRecord<String, String>> awaitRecords(String caseId, int atLeast) {
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            return await().atMost(PATIENCE).until(() -> probe.readAll(Topics.CASES).stream()
                    .filter(record -> caseId.equals(record.key())).toList(), list -> list.size() >= atLeast);
        }
    }

    private static ConsumerRecord<String, String> recordOfType(List<ConsumerRecord<String, String>> records,
            String type) {
        return records.stream().filter(record -> type.equals(TopicProbe.header(record, "ce_type"))).findFirst()
                .orElseThrow();
    }

    private static String rawTextOf(ConsumerRecord<String, String> record) {
        StringBuilder text = new StringBuilder(record.key()).append('\n').append(record.value());
        for (Header header : record.headers()) {
            text.append('\n').append(header.key()).append('=').append(new String(header.value(), StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    private List<String> outboxPayloads(String caseId) {
        return pool.preparedQuery("select payload from outbox_event where record_key = $1").execute(Tuple.of(caseId))
                .await().indefinitely().stream().map(row -> row.getString(0)).toList();
    }

    private String wrappedKeyOf(String scope) {
        List<Row> rows = pool.preparedQuery("select wrapped_key from keyring.data_key where scope = $1")
                .execute(Tuple.of(scope)).await().indefinitely().stream().toList();
        assertThat(rows).hasSize(1);
        return rows.get(0).getString(0);
    }

    private static String openCase(String email, String name) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", CaseTables.uniqueClientAddress())
                .body("{\"type\":\"ERASURE\",\"email\":\"" + email + "\",\"name\":\"" + name + "\"}")
                .when().post("/api/requests")
                .then().statusCode(202).extract().path("caseId");
    }

    private static void rejectAndClose(String caseId) {
        assistant().body("{\"reasonCode\":\"OTHER\",\"reasons\":\"withdrawn by phone\"}")
                .when().post("/api/cases/" + caseId + "/rejection").then().statusCode(200);
        assistant().body("{\"note\":\"done\"}").when().post("/api/cases/" + caseId + "/closure")
                .then().statusCode(200);
    }

    private static RequestSpecification assistant() {
        return given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON);
    }
}

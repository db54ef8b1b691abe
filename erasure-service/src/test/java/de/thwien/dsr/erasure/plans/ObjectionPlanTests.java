package de.thwien.dsr.erasure.plans;

import static io.restassured.RestAssured.given;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.erasure.testing.ErasureEventsProbe;
import de.thwien.dsr.erasure.testing.InMemoryRecordStores;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.ErasureEvents.ReasonCode;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Objection (Art. 21 GDPR) through erasure-service on embedded Kafka and PostgreSQL: the records processed on a
 * legitimate interest wait for the assistant's decision on their purpose; stopping one purpose erases its records,
 * continuing another keeps them with her grounds, processing on another basis is left alone, and the confirmation
 * event says all of it.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class ObjectionPlanTests {

    // the first plan of a freshly started service on a loaded machine can take longer than the usual 30 s
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String GROUNDS = "Die Einladung belegt die laufende Schulung bis zum 30. April.";

    @Inject
    InMemoryRecordStores stores;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private ErasureEventsProbe events;
    private final String caseId = UUID.randomUUID().toString();

    @BeforeEach
    void openProbe() {
        events = new ErasureEventsProbe(bootstrapServers);
    }

    @AfterEach
    void closeProbe() {
        events.close();
    }

    private String ref(String name) {
        return name + ":" + caseId;
    }

    private Finding finding(String store, String name, String category, String date, String basis) {
        stores.add(ref(name));
        return new Finding(store, ref(name), List.of("name", "email"), category, parse(date), basis,
                MatchStrength.STRONG, "test record");
    }

    private static RequestSpecification assistant() {
        return given().auth().preemptive().basic("assistant", "demo-assistant");
    }

    private JsonPath plan() {
        return assistant().when().get("/api/cases/" + caseId + "/erasure-plan").then().statusCode(200).extract()
                .jsonPath();
    }

    private Map<String, Object> item(JsonPath plan, String name) {
        return plan.getMap("items.find { it.reference == '" + ref(name) + "' }");
    }

    /** A mail answered on a legitimate interest, an invitation to the conference server, an invoice under §147 AO. */
    private void objectionLocated() {
        events.subjectLocated(caseId, RequestType.OBJECTION, List.of(
                finding("mail", "enquiry", "general-correspondence", "2026-05-05",
                        "Art. 6(1)(f) GDPR (answering the sender)"),
                finding("conference", "invitation", "conference-account", "2026-01-15",
                        "Art. 6(1)(f) GDPR (inviting on behalf of a user)"),
                finding("crm", "invoice", "accounting-voucher", "2024-06-10",
                        "Art. 6(1)(c) GDPR (§147 AO, §257 HGB)")), List.of());
        await().atMost(PATIENCE).until(() -> assistant().when().get("/api/cases/" + caseId + "/erasure-plan")
                .statusCode() == 200);
    }

    @Test
    void theAssistantStopsOnePurposeAndContinuesAnotherOnHerGroundsAndOtherProcessingIsLeftAlone() {
        objectionLocated();
        JsonPath planned = plan();
        assertThat(item(planned, "enquiry")).containsEntry("reasonCode", "OBJECTION_AWAITING_DECISION")
                .containsEntry("execution", "AWAITING_APPROVAL");
        assertThat(item(planned, "invitation")).containsEntry("reasonCode", "OBJECTION_AWAITING_DECISION");
        assertThat(item(planned, "invoice")).containsEntry("reasonCode", "NOT_PROCESSED_ON_LEGITIMATE_INTEREST")
                .containsEntry("execution", "KEPT");

        assistant().when().post("/api/cases/" + caseId + "/erasure-plan/objection/CONTACT_HANDLING/stop")
                .then().statusCode(200);
        assistant().contentType(ContentType.JSON).body(Map.of("grounds", GROUNDS))
                .when().post("/api/cases/" + caseId + "/erasure-plan/objection/CONFERENCE_USE/continue")
                .then().statusCode(200);

        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(plan().getString("status")));
        assertThat(stores.contains(ref("enquiry"))).isFalse();
        assertThat(stores.contains(ref("invitation"))).isTrue();
        assertThat(stores.contains(ref("invoice"))).isTrue();
        JsonPath done = plan();
        assertThat(item(done, "enquiry")).containsEntry("execution", "ERASED")
                .containsEntry("reasonCode", "OBJECTION_UPHELD");
        assertThat(item(done, "invitation")).containsEntry("execution", "KEPT")
                .containsEntry("reasonCode", "COMPELLING_GROUNDS").containsEntry("reason", GROUNDS);

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)).hasSize(1));
        ErasureEvents.RecordsErased confirmation = events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)
                .get(0);
        assertThat(confirmation.requestType()).isEqualTo(RequestType.OBJECTION);
        assertThat(confirmation.records()).extracting(ErasureEvents.ErasedRecord::reference)
                .containsExactly(ref("enquiry"));
        assertThat(confirmation.kept()).extracting(ErasureEvents.PlanItem::reasonCode)
                .containsExactlyInAnyOrder(ReasonCode.COMPELLING_GROUNDS,
                        ReasonCode.NOT_PROCESSED_ON_LEGITIMATE_INTEREST);
        assertThat(confirmation.kept()).filteredOn(kept -> kept.reasonCode() == ReasonCode.COMPELLING_GROUNDS)
                .extracting(ErasureEvents.PlanItem::reason).containsExactly(GROUNDS);

        List<String> audited = given().auth().preemptive().basic("owner", "demo-owner")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit")
                .then().statusCode(200).extract().jsonPath().getList("action");
        assertThat(audited).contains("OBJECTION_STOPPED", "OBJECTION_CONTINUED");
    }

    @Test
    void aPurposeIsDecidedOnceAndDirectMarketingCannotContinue() {
        objectionLocated();

        assistant().contentType(ContentType.JSON).body(Map.of("grounds", GROUNDS))
                .when().post("/api/cases/" + caseId + "/erasure-plan/objection/DIRECT_MARKETING/continue")
                .then().statusCode(400);
        assistant().when().post("/api/cases/" + caseId + "/erasure-plan/objection/CONTACT_HANDLING/stop")
                .then().statusCode(200);
        assistant().when().post("/api/cases/" + caseId + "/erasure-plan/objection/CONTACT_HANDLING/stop")
                .then().statusCode(409);
        assistant().contentType(ContentType.JSON).body(Map.of("grounds", " "))
                .when().post("/api/cases/" + caseId + "/erasure-plan/objection/CONFERENCE_USE/continue")
                .then().statusCode(400);
        for (String placeholder : List.of("x", "aaaaaaaaaaaaaaaaaaaaaaa", "Gründe siehe Akte")) {
            assistant().contentType(ContentType.JSON).body(Map.of("grounds", placeholder))
                    .when().post("/api/cases/" + caseId + "/erasure-plan/objection/CONFERENCE_USE/continue")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.endsWith("ObjectionGroundsNotWrittenOut"));
        }
        assistant().when().post("/api/cases/" + caseId + "/erasure-plan/objection/NO_SUCH_PURPOSE/stop")
                .then().statusCode(404);
    }

    private Finding weakFinding(String name, String category, String date, String basis) {
        stores.add(ref(name));
        return new Finding("mail", ref(name), List.of("name"), category, parse(date), basis, MatchStrength.WEAK,
                "test record");
    }

    private long id(JsonPath plan, String name) {
        return ((Number) item(plan, name).get("id")).longValue();
    }

    /** Her enquiry, and a mail found by her name only, both answered on a legitimate interest. */
    private void objectionWithANameOnlyMatchLocated() {
        events.subjectLocated(caseId, RequestType.OBJECTION, List.of(
                finding("mail", "enquiry", "general-correspondence", "2026-05-05",
                        "Art. 6(1)(f) GDPR (answering the sender)"),
                weakFinding("by-name", "general-correspondence", "2026-05-06",
                        "Art. 6(1)(f) GDPR (answering the sender)")), List.of());
        await().atMost(PATIENCE).until(() -> assistant().when().get("/api/cases/" + caseId + "/erasure-plan")
                .statusCode() == 200);
    }

    @Test
    void aNameOnlyMatchConfirmedBeforeThePurposeIsDecidedWaitsAndIsKeptWhenThePurposeContinues() {
        objectionWithANameOnlyMatchLocated();
        long byName = id(plan(), "by-name");

        assistant().when().post("/api/cases/" + caseId + "/erasure-plan/items/" + byName + "/approve")
                .then().statusCode(200);

        JsonPath confirmed = plan();
        assertThat(item(confirmed, "by-name")).containsEntry("execution", "AWAITING_APPROVAL")
                .containsEntry("reasonCode", "OBJECTION_AWAITING_DECISION")
                .containsEntry("objectionPurpose", "CONTACT_HANDLING");
        assertThat(stores.contains(ref("by-name"))).isTrue();

        assistant().contentType(ContentType.JSON).body(Map.of("grounds", GROUNDS))
                .when().post("/api/cases/" + caseId + "/erasure-plan/objection/CONTACT_HANDLING/continue")
                .then().statusCode(200);

        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(plan().getString("status")));
        JsonPath done = plan();
        assertThat(item(done, "by-name")).containsEntry("execution", "KEPT")
                .containsEntry("reasonCode", "COMPELLING_GROUNDS");
        assertThat(item(done, "enquiry")).containsEntry("execution", "KEPT")
                .containsEntry("reasonCode", "COMPELLING_GROUNDS");
        assertThat(stores.contains(ref("by-name"))).isTrue();
        assertThat(stores.contains(ref("enquiry"))).isTrue();
        assertThat(done.getList("objectionDecisions.decision")).containsExactly("CONTINUE");
        assertThat(done.getList("objectionDecisions.grounds")).containsExactly(GROUNDS);

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)).hasSize(1));
        ErasureEvents.RecordsErased confirmation = events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)
                .get(0);
        // the purpose is in one list only: nothing of it erased
        assertThat(confirmation.records()).isEmpty();
        assertThat(confirmation.kept()).extracting(ErasureEvents.PlanItem::reasonCode)
                .containsOnly(ReasonCode.COMPELLING_GROUNDS);
    }

    @Test
    void aNameOnlyMatchConfirmedAfterThePurposeContinuedIsKeptOnTheSameGrounds() {
        objectionWithANameOnlyMatchLocated();
        long byName = id(plan(), "by-name");

        assistant().contentType(ContentType.JSON).body(Map.of("grounds", GROUNDS))
                .when().post("/api/cases/" + caseId + "/erasure-plan/objection/CONTACT_HANDLING/continue")
                .then().statusCode(200);
        assistant().when().post("/api/cases/" + caseId + "/erasure-plan/items/" + byName + "/approve")
                .then().statusCode(200);

        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(plan().getString("status")));
        assertThat(item(plan(), "by-name")).containsEntry("execution", "KEPT")
                .containsEntry("reasonCode", "COMPELLING_GROUNDS").containsEntry("reason", GROUNDS);
        assertThat(stores.contains(ref("by-name"))).isTrue();
    }

    @Test
    void aNameOnlyMatchConfirmedAfterThePurposeStoppedIsErasedAsTheOthersAre() {
        objectionWithANameOnlyMatchLocated();
        long byName = id(plan(), "by-name");

        assistant().when().post("/api/cases/" + caseId + "/erasure-plan/objection/CONTACT_HANDLING/stop")
                .then().statusCode(200);
        assistant().contentType(ContentType.JSON).body(Map.of("grounds", GROUNDS))
                .when().post("/api/cases/" + caseId + "/erasure-plan/objection/CONTACT_HANDLING/continue")
                .then().statusCode(409).contentType("application/problem+json");
        assistant().when().post("/api/cases/" + caseId + "/erasure-plan/items/" + byName + "/approve")
                .then().statusCode(200);

        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(plan().getString("status")));
        assertThat(item(plan(), "by-name")).containsEntry("execution", "ERASED")
                .containsEntry("reasonCode", "OBJECTION_UPHELD");
        assertThat(stores.contains(ref("by-name"))).isFalse();
        assertThat(stores.contains(ref("enquiry"))).isFalse();
    }

    @Test
    void anErasureCaseTakesNoObjectionDecision() {
        events.subjectLocated(caseId, RequestType.ERASURE, List.of(finding("mail", "plain", "general-correspondence",
                "2026-05-05", "Art. 6(1)(f) GDPR")), List.of());
        await().atMost(PATIENCE).until(() -> assistant().when().get("/api/cases/" + caseId + "/erasure-plan")
                .statusCode() == 200);

        assistant().when().post("/api/cases/" + caseId + "/erasure-plan/objection/CONTACT_HANDLING/stop")
                .then().statusCode(400);
    }
}

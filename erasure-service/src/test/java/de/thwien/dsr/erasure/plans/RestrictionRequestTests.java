package de.thwien.dsr.erasure.plans;

import static io.restassured.RestAssured.given;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.erasure.testing.ErasureEventsProbe;
import de.thwien.dsr.erasure.testing.InMemoryConferenceRecordings;
import de.thwien.dsr.erasure.testing.InMemoryRecordStores;
import de.thwien.dsr.erasure.testing.MovableClock;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.RestrictionGround;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A restriction the requester asked for (Art. 18 GDPR) through erasure-service on the in-memory stores: planned and
 * executed like an erasure plan, its answer waiting for the ground, its lift waiting for the Art. 18(3) notice.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class RestrictionRequestTests {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Person ERIKA = new Person("erika@example.org", "Erika Mustermann");

    @Inject
    InMemoryRecordStores stores;

    @Inject
    InMemoryConferenceRecordings recordings;

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

    private Finding finding(String store, String name, String category, String date) {
        stores.add(ref(name));
        return new Finding(store, ref(name), List.of("name", "email"), category, parse(date), "Art. 6(1)(b) GDPR",
                MatchStrength.STRONG, "test record");
    }

    @Test
    void herRecordsAreRestrictedUntilLiftedAndTheAnswerNamesTheGroundSheGave() {
        List<Finding> findings = List.of(finding("mail", "mail-1", "general-correspondence", "2025-05-05"),
                finding("crm", "invoice-1", "accounting-voucher", "2019-06-10"));
        events.requestReceived(caseId, RequestType.RESTRICTION, ERIKA, RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS);
        events.subjectLocated(caseId, caseId, RequestType.RESTRICTION, ERIKA, findings, List.of());

        await().atMost(PATIENCE).until(() -> !events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)
                .isEmpty());
        ErasureEvents.RecordsErased answer = events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class).get(0);
        assertThat(answer.requestType()).isEqualTo(RequestType.RESTRICTION);
        assertThat(answer.restrictionGround()).isEqualTo(RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS);
        assertThat(answer.records()).as("nothing erased").isEmpty();
        assertThat(answer.restricted()).extracting(ErasureEvents.RestrictedRecord::reference)
                .containsExactlyInAnyOrder(ref("mail-1"), ref("invoice-1"));
        assertThat(answer.restricted()).allSatisfy(record -> {
            assertThat(record.holdUntil()).as("no end date").isNull();
            assertThat(record.erasableFrom()).isNull();
            assertThat(record.reasonCode()).isEqualTo(ErasureEvents.ReasonCode.RESTRICTION_REQUESTED);
        });
        assertThat(stores.restrictedUntil(ref("mail-1"))).as("restricted in the store").isNotNull();
        assertThat(stores.restrictedUntil(ref("invoice-1"))).isNotNull();
        assertThat(stores.contains(ref("invoice-1"))).as("nothing erased, not even after a hold").isTrue();
    }

    @Test
    void withoutAGroundTheRecordsAreRestrictedButTheAnswerWaitsUntilTheAssistantChoosesIt() {
        events.subjectLocated(caseId, caseId, RequestType.RESTRICTION, ERIKA,
                List.of(finding("mail", "mail-2", "general-correspondence", "2025-05-05")), List.of());

        await().atMost(PATIENCE).until(() -> stores.restrictedUntil(ref("mail-2")) != null
                && "RESTRICTED".equals(plan().getString("items[0].execution")));
        assertThat(restriction().getString("ground")).isNull();
        assertThat(plan().getString("status")).as("her answer waits for the ground").isEqualTo("OPEN");
        assertThat(events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)).isEmpty();

        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"ground\":\"ACCURACY_CONTESTED\"}")
                .when().put("/api/cases/" + caseId + "/restriction/ground")
                .then().statusCode(200);

        await().atMost(PATIENCE).until(() -> !events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)
                .isEmpty());
        assertThat(events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class).get(0).restrictionGround())
                .isEqualTo(RestrictionGround.ACCURACY_CONTESTED);
        assertThat(plan().getString("status")).isEqualTo("COMPLETED");
        // her answer is out with its ground: it cannot change any more
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"ground\":\"OBJECTION_PENDING\"}")
                .when().put("/api/cases/" + caseId + "/restriction/ground")
                .then().statusCode(409);
    }

    @Test
    void whenHerRequestArrivesAfterHerRecordsWereRestrictedItsGroundCompletesThePlan() {
        // request.received and subject.located travel on two topics: the located records may come first
        events.subjectLocated(caseId, caseId, RequestType.RESTRICTION, ERIKA,
                List.of(finding("mail", "mail-5", "general-correspondence", "2025-05-05")), List.of());
        await().atMost(PATIENCE).until(() -> "RESTRICTED".equals(plan().getString("items[0].execution")));
        assertThat(plan().getString("status")).isEqualTo("OPEN");

        events.requestReceived(caseId, RequestType.RESTRICTION, ERIKA, RestrictionGround.OBJECTION_PENDING);

        await().atMost(PATIENCE).until(() -> !events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)
                .isEmpty());
        assertThat(events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class).get(0).restrictionGround())
                .isEqualTo(RestrictionGround.OBJECTION_PENDING);
        assertThat(plan().getString("status")).isEqualTo("COMPLETED");
    }

    @Test
    void aGroundThatIsNoneOfArticle18IsRefusedWithAProblem() {
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"ground\":\"BECAUSE\"}")
                .when().put("/api/cases/" + caseId + "/restriction/ground")
                .then().statusCode(400);
    }

    @Test
    void theLiftChangesNoStoreBeforeTheNoticeToHerWasSentAndThenLiftsEachRecordWithProof() {
        events.requestReceived(caseId, RequestType.RESTRICTION, ERIKA, RestrictionGround.UNLAWFUL_PROCESSING);
        events.subjectLocated(caseId, caseId, RequestType.RESTRICTION, ERIKA,
                List.of(finding("mail", "mail-3", "general-correspondence", "2025-05-05"),
                        finding("conference", "recording-3", "conference-recording", "2026-03-03")), List.of());
        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(plan().getString("status")));
        assertThat(restriction().getBoolean("liftable")).isTrue();

        JsonPath announced = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/restriction/lift")
                .then().statusCode(200).extract().jsonPath();
        assertThat(announced.getString("liftAnnouncedAt")).isNotNull();
        assertThat(announced.getString("liftNoticeSentAt")).isNull();
        await().atMost(PATIENCE).until(() -> !events.erasureEventsOf(caseId,
                ErasureEvents.RestrictionLiftAnnounced.class).isEmpty());
        ErasureEvents.RestrictionLiftAnnounced announcement = events.erasureEventsOf(caseId,
                ErasureEvents.RestrictionLiftAnnounced.class).get(0);
        assertThat(announcement.ground()).isEqualTo(RestrictionGround.UNLAWFUL_PROCESSING);
        assertThat(announcement.records()).extracting(ErasureEvents.RestrictedRecord::reference)
                .containsExactlyInAnyOrder(ref("mail-3"), ref("recording-3"));
        assertThat(announcement.personal()).isEqualTo(ERIKA);
        // asked twice: one notice, one lift
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/restriction/lift").then().statusCode(409);

        // several executor runs pass; without the notice nothing is lifted
        String marker = UUID.randomUUID().toString();
        stores.add(ref(marker));
        events.subjectLocated(marker, marker, RequestType.ERASURE, ERIKA,
                List.of(new Finding("mail", ref(marker), List.of("email"), "general-correspondence",
                        LocalDate.parse("2025-01-01"), "Art. 6(1)(b) GDPR", MatchStrength.STRONG, "marker")),
                List.of());
        await().atMost(PATIENCE).until(() -> !stores.contains(ref(marker)));
        assertThat(stores.restrictedUntil(ref("mail-3"))).as("still restricted before the notice").isNotNull();
        assertThat(events.erasureEventsOf(caseId, ErasureEvents.RestrictionLifted.class)).isEmpty();

        events.noticeSent(caseId, NoticeKind.RESTRICTION_LIFT_NOTICE, Instant.now());

        await().atMost(PATIENCE).until(() -> events.erasureEventsOf(caseId, ErasureEvents.RestrictionLifted.class)
                .size() == 2);
        assertThat(stores.restrictedUntil(ref("mail-3"))).isNull();
        assertThat(stores.restrictedUntil(ref("recording-3"))).isNull();
        assertThat(plan().getList("items.execution", String.class)).containsOnly("LIFTED");
        assertThat(plan().getList("items.proof", String.class)).allSatisfy(proof ->
                assertThat(proof).startsWith("restriction lifted in "));
        JsonPath view = restriction();
        assertThat(view.getInt("lifted")).isEqualTo(2);
        assertThat(view.getInt("restricted")).isZero();
        assertThat(view.getString("liftNoticeSentAt")).isNotNull();
        assertThat(view.getBoolean("liftable")).isFalse();
        String audit = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit").then().statusCode(200).extract()
                .asString();
        assertThat(audit).contains("LIFT_ANNOUNCED", "LIFT_NOTICE_SENT", "LIFTED");
        assertThat(audit.indexOf("LIFT_NOTICE_SENT")).as("the notice before any lift")
                .isLessThan(audit.indexOf("\"LIFTED\""));
    }

    @Test
    void aRecordingRestrictedAtHerRequestIsKeptByTheRoutineRetentionUntilLifted() {
        String recordId = "rec-" + caseId;
        recordings.add(recordId, MovableClock.DEFAULT_NOW.minus(Duration.ofDays(30)));
        stores.add("recordings/" + recordId);
        events.requestReceived(caseId, RequestType.RESTRICTION, ERIKA, RestrictionGround.NEEDED_FOR_LEGAL_CLAIMS);
        events.subjectLocated(caseId, caseId, RequestType.RESTRICTION, ERIKA, List.of(new Finding("conference",
                "recordings/" + recordId, List.of("voice", "video"), "conference-recording",
                parse("2026-10-27"), "Art. 6(1)(a) GDPR", MatchStrength.STRONG, "recording")), List.of());
        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(plan().getString("status")));

        String report = given().auth().preemptive().basic("assistant", "demo-assistant").queryParam("dryRun", false)
                .when().post("/api/jobs/routine-retention").then().statusCode(200).extract().jsonPath()
                .getString("report");

        assertThat(report).contains("kept recording " + recordId);
        assertThat(recordings.contains(recordId)).as("she needs it for legal claims").isTrue();
    }

    @Test
    void anErasureCaseHasNoRestrictionToLift() {
        events.subjectLocated(caseId, caseId, RequestType.ERASURE, ERIKA,
                List.of(finding("mail", "mail-4", "general-correspondence", "2025-05-05")), List.of());
        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(plan().getString("status")));

        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/restriction/lift").then().statusCode(404);
    }

    private JsonPath plan() {
        var response = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan");
        return response.statusCode() == 200 ? response.jsonPath() : new JsonPath("{}");
    }

    private JsonPath restriction() {
        return given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/restriction").then().statusCode(200).extract().jsonPath();
    }
}

package de.thwien.dsr.erasure.plans;

import static io.restassured.RestAssured.given;
import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import de.thwien.dsr.connectors.spi.OperatorTask;
import de.thwien.dsr.erasure.testing.ErasureEventsProbe;
import de.thwien.dsr.erasure.testing.InMemoryRecordStores;
import de.thwien.dsr.erasure.testing.InMemoryRecordStores.StoreCallGate;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.ErasureEvents.OperatorTaskKind;
import de.thwien.dsr.events.ErasureEvents.PlannedAction;
import de.thwien.dsr.connectors.spi.Mention;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.Finding.MatchStrength;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.MetricsScrape;
import de.thwien.dsr.platform.metrics.GaugeRefresher;
import de.thwien.dsr.platform.security.OnBehalfOf;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class ErasurePlanTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    InMemoryRecordStores stores;

    @Inject
    Pool pool;

    @Inject
    GaugeRefresher gauges;

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

    private Finding finding(String store, String name, String category, String date, String basis, MatchStrength strength) {
        stores.add(ref(name));
        return new Finding(store, ref(name), List.of("name", "email"), category, parse(date), basis, strength,
                "test record");
    }

    private Finding strong(String store, String name, String category, String date) {
        return finding(store, name, category, date, "Art. 6(1)(b) GDPR", MatchStrength.STRONG);
    }

    private JsonPath plan() {
        return given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan")
                .then().statusCode(200).extract().jsonPath();
    }

    private JsonPath awaitPlan() {
        await().atMost(PATIENCE).until(() -> given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan").statusCode() == 200);
        return plan();
    }

    private Map<String, Object> item(JsonPath plan, String name) {
        return plan.getMap("items.find { it.reference == '" + ref(name) + "' }");
    }

    private void awaitCompleted() {
        await().atMost(PATIENCE).until(() -> "COMPLETED".equals(plan().getString("status")));
    }

    @Test
    void customerWithInvoiceMailsAndConferenceDataIsErasedAndRestrictedWithProof() {
        List<Finding> findings = List.of(
                strong("crm", "invoice-2019", "accounting-voucher", "2019-06-10"),
                strong("mail", "business-mail-2022", "commercial-letter", "2022-04-04"),
                strong("mail", "plain-mail-2025", "general-correspondence", "2025-02-02"),
                strong("crm", "partner", "customer-master-data", "2018-01-01"),
                strong("conference", "greenlight-account", "conference-account", "2024-01-01"),
                finding("conference", "recording", "conference-recording", "2026-11-20", "Art. 6(1)(a) GDPR",
                        MatchStrength.STRONG));

        events.subjectLocated(caseId, RequestType.ERASURE, findings, List.of());
        awaitPlan();
        awaitCompleted();

        JsonPath plan = plan();
        for (String erased : List.of("plain-mail-2025", "greenlight-account", "recording")) {
            assertThat(item(plan, erased)).containsEntry("execution", "ERASED");
            assertThat((String) item(plan, erased).get("proof")).contains("record gone");
            assertThat(stores.contains(ref(erased))).isFalse();
        }
        assertThat(item(plan, "invoice-2019")).containsEntry("execution", "RESTRICTED")
                .containsEntry("holdUntil", "2027-12-31");
        assertThat(item(plan, "business-mail-2022")).containsEntry("holdUntil", "2028-12-31");
        assertThat(item(plan, "partner")).containsEntry("execution", "RESTRICTED")
                .containsEntry("holdUntil", "2028-12-31");
        assertThat(stores.contains(ref("invoice-2019"))).isTrue();
        assertThat(stores.restrictedUntil(ref("invoice-2019"))).isEqualTo(parse("2027-12-31"));

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)).hasSize(1));
        assertThat(events.erasureEventsOf(caseId, ErasureEvents.ErasurePlanned.class)).singleElement()
                .satisfies(planned -> assertThat(planned.items()).hasSize(6)
                        .allSatisfy(item -> assertThat(item.retentionStart()).isNotNull()));
        ErasureEvents.RecordsRestricted restricted =
                events.erasureEventsOf(caseId, ErasureEvents.RecordsRestricted.class).get(0);
        assertThat(restricted.records()).extracting(ErasureEvents.RestrictedRecord::holdUntil)
                .containsExactlyInAnyOrder(parse("2027-12-31"), parse("2028-12-31"), parse("2028-12-31"));
        ErasureEvents.RecordsErased confirmation = events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class).get(0);
        assertThat(confirmation.records()).extracting(ErasureEvents.ErasedRecord::reference)
                .containsExactlyInAnyOrder(ref("plain-mail-2025"), ref("greenlight-account"), ref("recording"));
        assertThat(confirmation.restricted()).extracting(ErasureEvents.RestrictedRecord::erasableFrom)
                .contains(parse("2028-01-01"), parse("2029-01-01"));
        assertThat(confirmation.restricted()).allSatisfy(r -> assertThat(r.legalBasis()).isNotBlank());
        // the notice describes a record by its kind and date instead of its technical reference
        assertThat(confirmation.records()).extracting(ErasureEvents.ErasedRecord::retentionStart)
                .containsExactlyInAnyOrder(parse("2025-02-02"), parse("2024-01-01"), parse("2026-11-20"));
        assertThat(confirmation.restricted()).extracting(ErasureEvents.RestrictedRecord::retentionStart)
                .containsExactlyInAnyOrder(parse("2019-06-10"), parse("2022-04-04"), parse("2018-01-01"));
        // Art. 19 is the notifier's register and its recorded notifications: the erasure-service names nobody as told
        assertThat(confirmation.recipientsInformed()).isEmpty();
        assertThat(confirmation.personal().email()).isEqualTo("kunde@example.org");
    }

    @Test
    void anErasedAndARestrictedItemShowInTheDomainMetrics() {
        MetricsScrape before = refreshedScrape();
        String today = LocalDate.now().toString();
        List<Finding> findings = List.of(
                strong("mail", "metrics-mail", "general-correspondence", today),
                strong("crm", "metrics-invoice", "accounting-voucher", today));

        events.subjectLocated(caseId, RequestType.ERASURE, findings, List.of());
        awaitPlan();
        awaitCompleted();

        await().atMost(PATIENCE).untilAsserted(() -> {
            MetricsScrape after = refreshedScrape();
            assertThat(after.value("dsr_erasure_items", "status=ERASED"))
                    .isEqualTo(before.value("dsr_erasure_items", "status=ERASED") + 1);
            assertThat(after.value("dsr_erasure_items", "status=RESTRICTED"))
                    .isEqualTo(before.value("dsr_erasure_items", "status=RESTRICTED") + 1);
            // the invoice's hold ends in about ten years: its deferred erasure is not due within 30 days
            assertThat(after.value("dsr_deferred_erasures_due_within_30_days"))
                    .isEqualTo(before.value("dsr_deferred_erasures_due_within_30_days"));
            assertThat(after.value("dsr_outbox_backlog", "service=erasure-service")).isZero();
            assertThat(after.value("dsr_outbox_oldest_unsent_age_seconds", "service=erasure-service")).isZero();
            assertThat(after.value("dsr_inbox_dead_letters_total", "service=erasure-service", "topic=dsr.discovery"))
                    .isEqualTo(before.value("dsr_inbox_dead_letters_total", "service=erasure-service",
                            "topic=dsr.discovery"));
            assertThat(after.value("dsr_inbox_retries_total", "service=erasure-service", "topic=dsr.discovery"))
                    .isEqualTo(before.value("dsr_inbox_retries_total", "service=erasure-service",
                            "topic=dsr.discovery"));
        });
    }

    private MetricsScrape refreshedScrape() {
        gauges.refreshNow().await().atMost(PATIENCE);
        return MetricsScrape.now();
    }

    @Test
    void operatorTaskLeftByARecordingsErasureIsStoredOnceInThePlanNamedInTheConfirmationAndDoneWhenConfirmed() {
        Finding recording = finding("conference", "recording-with-media", "conference-recording", "2026-11-20",
                "Art. 6(1)(a) GDPR", MatchStrength.STRONG);
        OperatorTask purge = new OperatorTask(OperatorTaskKind.PURGE_RECORDING_MEDIA, "conference",
                "bbb-record --delete rec-" + caseId);
        stores.leavesOperatorTasks(ref("recording-with-media"), purge);

        events.subjectLocated(caseId, RequestType.ERASURE, List.of(recording), List.of());
        awaitPlan();
        awaitCompleted();

        JsonPath plan = plan();
        assertThat(item(plan, "recording-with-media")).containsEntry("execution", "ERASED");
        assertThat(plan.getList("operatorTasks")).hasSize(1);
        assertThat(plan.getString("operatorTasks[0].kind")).isEqualTo("PURGE_RECORDING_MEDIA");
        assertThat(plan.getString("operatorTasks[0].instruction")).isEqualTo("bbb-record --delete rec-" + caseId);
        assertThat(plan.getLong("operatorTasks[0].itemId")).isEqualTo(((Number) item(plan, "recording-with-media")
                .get("id")).longValue());
        assertThat(plan.getString("operatorTasks[0].doneAt")).isNull();
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)).hasSize(1));
        assertThat(events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class).get(0).operatorTasks())
                .containsExactly(new ErasureEvents.OpenOperatorTask("conference", ref("recording-with-media"),
                        OperatorTaskKind.PURGE_RECORDING_MEDIA));

        long taskId = plan.getLong("operatorTasks[0].id");
        for (int twice = 0; twice < 2; twice++) {
            given().auth().preemptive().basic("dashboard", "demo-dashboard").header(OnBehalfOf.HEADER, "assistant")
                    .when().post("/api/cases/" + caseId + "/erasure-plan/operator-tasks/" + taskId + "/done")
                    .then().statusCode(200).body("stillOpen", equalTo(0)).body("task.doneBy", equalTo("assistant"));
        }
        assertThat(plan().getString("operatorTasks[0].doneAt")).isNotNull();
        assertThat(given().auth().preemptive().basic("owner", "demo-owner")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit")
                .then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.action == 'OPERATOR_TASK_DONE' }.actor")).containsExactly("assistant");
    }

    @Test
    void theSameOperatorTaskLeftByTwoItemsOfACaseIsListedOnce() {
        // erasing her account deletes her rooms' recordings on BBB too; each recording's own item reports its purge again
        Finding account = strong("conference", "account-with-recording", "conference-account", "2024-01-01");
        Finding recording = finding("conference", "recording-of-the-account", "conference-recording", "2026-11-20",
                "Art. 6(1)(a) GDPR", MatchStrength.STRONG);
        OperatorTask purge = new OperatorTask(OperatorTaskKind.PURGE_RECORDING_MEDIA, "conference",
                "bbb-record --delete rec-" + caseId);
        stores.leavesOperatorTasks(ref("account-with-recording"), purge);
        stores.leavesOperatorTasks(ref("recording-of-the-account"), purge);

        events.subjectLocated(caseId, RequestType.ERASURE, List.of(account, recording), List.of());
        awaitPlan();
        awaitCompleted();

        assertThat(plan().getList("operatorTasks.instruction")).containsExactly("bbb-record --delete rec-" + caseId);
    }

    @Test
    void aFileTaskSurvivesAnErasureWhoseAnswerWasLostAndIsListedOnceAfterTheRetry() {
        Finding avatar = strong("conference", "account-with-avatar", "conference-account", "2024-01-01");
        OperatorTask file = OperatorTask.removeFile("conference", "/var/lib/greenlight/storage/ab/cd/abcd-" + caseId);
        stores.leavesFileTasks(ref("account-with-avatar"), file);
        // the store deletes the rows, then its answer is lost (a crash before the outcome is recorded)
        stores.loseNextAnswerTo(ref("account-with-avatar"));

        events.subjectLocated(caseId, RequestType.ERASURE, List.of(avatar), List.of());
        awaitPlan();
        awaitCompleted();

        JsonPath plan = plan();
        assertThat(item(plan, "account-with-avatar")).containsEntry("execution", "ERASED").containsEntry("attempts", 2);
        assertThat(plan.getList("operatorTasks.instruction")).containsExactly(file.instruction());
    }

    @Test
    void erasingAnAccountNeverTakesWithItARecordingWhoseOwnItemIsKeptOrAwaitsTheAssistant() {
        Finding account = strong("conference", "account-with-rooms", "conference-account", "2024-01-01");
        Finding waiting = finding("conference", "recording-awaiting-review", "conference-recording", "2026-11-20",
                "Art. 6(1)(a) GDPR", MatchStrength.WEAK);
        Finding erased = finding("conference", "recording-erased-too", "conference-recording", "2026-11-20",
                "Art. 6(1)(a) GDPR", MatchStrength.STRONG);
        Finding mail = strong("mail", "mail-of-another-store", "general-correspondence", "2025-02-02");

        events.subjectLocated(caseId, RequestType.ERASURE, List.of(account, waiting, erased, mail), List.of());
        awaitPlan();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(item(plan(), "account-with-rooms"))
                .containsEntry("execution", "ERASED"));
        // the store refuses an erasure that would take a spared record with it (ConferenceWriterTest)
        assertThat(stores.sparedWhenErased(ref("account-with-rooms"))).containsExactly(ref("recording-awaiting-review"));
        assertThat(stores.contains(ref("recording-awaiting-review"))).isTrue();
    }

    @Test
    void operatorTaskOfAnotherCaseIsNotFoundAndSaysSo() {
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/erasure-plan/operator-tasks/999999999/done")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("no such operator task"));
    }

    @Test
    void storeFailingMidExecutionLeavesTheItemPendingUntilARetrySucceeds() throws Exception {
        Finding mail = strong("mail", "flaky-mail", "general-correspondence", "2025-02-02");
        stores.failNext(ref("flaky-mail"), 2);
        // the retry after the failures waits until the test has seen the item pending
        StoreCallGate retrying = stores.holdNextWriteTo(ref("flaky-mail"));

        events.subjectLocated(caseId, RequestType.ERASURE, List.of(mail), List.of());
        awaitPlan();

        await().atMost(PATIENCE).untilAsserted(() -> {
            Map<String, Object> item = item(plan(), "flaky-mail");
            assertThat(item).containsEntry("execution", "PENDING");
            assertThat((String) item.get("lastError")).contains("unavailable");
        });
        assertThat(events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)).isEmpty();
        assertThat(retrying.awaitEntered(PATIENCE.toSeconds())).isTrue();
        retrying.open();

        awaitCompleted();
        Map<String, Object> item = item(plan(), "flaky-mail");
        assertThat(item).containsEntry("execution", "ERASED").containsEntry("attempts", 3);
        assertThat(stores.erasureCount(ref("flaky-mail"))).isEqualTo(1);
    }

    @Test
    void aStoreThatRefusesARestrictionForGoodIsHandedToTheAssistantAfterBoundedAttemptsInsteadOfRetriedForever() {
        Finding voucher = strong("mail", "refused-voucher", "accounting-voucher", "2025-02-02");
        stores.refuseRestrictionOf(ref("refused-voucher"));

        events.subjectLocated(caseId, RequestType.ERASURE, List.of(voucher), List.of());
        awaitPlan();

        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat((String) item(plan(), "refused-voucher").get("attention")).contains("refused"));
        Map<String, Object> item = item(plan(), "refused-voucher");
        assertThat(item).containsEntry("execution", "PENDING").containsEntry("attempts", 3);
        assertThat((String) item.get("lastError")).contains("NO [CANNOT]");
        assertThat(stores.refusalCount(ref("refused-voucher"))).isEqualTo(3); // dsr.erasure.execution.max-refusals
        // runs of the executor later leave it to the assistant
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(stores.refusalCount(ref("refused-voucher"))).isEqualTo(3));
        assertThat(events.erasureEventsOf(caseId, ErasureEvents.RecordsRestricted.class)).isEmpty();
    }

    @Test
    void storeThatKeepsTheRecordNeverMakesTheCaseClaimItErased() {
        Finding mail = strong("mail", "stubborn-mail", "general-correspondence", "2025-02-02");
        stores.ignoreErasureOf(ref("stubborn-mail"));

        events.subjectLocated(caseId, RequestType.ERASURE, List.of(mail), List.of());
        awaitPlan();

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(stores.erasureCount(ref("stubborn-mail"))).isGreaterThan(1));
        Map<String, Object> item = item(plan(), "stubborn-mail");
        assertThat(item).containsEntry("execution", "PENDING");
        assertThat((String) item.get("lastError")).contains("still present");
        assertThat(plan().getString("status")).isEqualTo("OPEN");
        assertThat(events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)).isEmpty();
    }

    @Test
    void weakMatchWaitsForTheAssistantAndRunsWhenApproved() {
        Finding weak = finding("mail", "weak-mail", "general-correspondence", "2025-02-02", "Art. 6(1)(b) GDPR",
                MatchStrength.WEAK);

        events.subjectLocated(caseId, RequestType.ERASURE, List.of(weak), List.of());
        Map<String, Object> waiting = item(awaitPlan(), "weak-mail");
        assertThat(waiting).containsEntry("action", "KEEP").containsEntry("execution", "AWAITING_APPROVAL");
        assertThat(stores.contains(ref("weak-mail"))).isTrue();

        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + waiting.get("id") + "/approve")
                .then().statusCode(200);

        awaitCompleted();
        assertThat(item(plan(), "weak-mail")).containsEntry("execution", "ERASED").containsEntry("approval", "APPROVED");
        assertThat(stores.contains(ref("weak-mail"))).isFalse();
        assertThat(given().auth().preemptive().basic("owner", "demo-owner")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.action == 'APPROVED' }.actor"))
                .containsExactly("assistant");
    }

    @Test
    void caseWithoutAddressIsPlannedWithItsNameOnlyMatchesWaitingForTheAssistantAndConfirmedWhenApproved() {
        Finding crm = finding("crm", "namesake-partner", "customer-master-data", "2021-05-05", "Art. 6(1)(b) GDPR",
                MatchStrength.WEAK);
        Finding mail = finding("mail", "namesake-mail", "general-correspondence", "2025-02-02", "Art. 6(1)(b) GDPR",
                MatchStrength.WEAK);

        events.subjectLocated(caseId, caseId, RequestType.ERASURE, new Person(null, "Kim Kunde"), List.of(crm, mail),
                List.of());
        JsonPath plan = awaitPlan();
        for (String waiting : List.of("namesake-partner", "namesake-mail")) {
            assertThat(item(plan, waiting)).containsEntry("action", "KEEP")
                    .containsEntry("execution", "AWAITING_APPROVAL");
            assertThat(stores.contains(ref(waiting))).as("nothing erased on a name alone").isTrue();
        }

        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"reasonCode\":\"NOT_THE_REQUESTER\",\"reason\":\"a namesake, other town\"}")
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + item(plan, "namesake-mail").get("id")
                        + "/decline")
                .then().statusCode(200);
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + item(plan, "namesake-partner").get("id")
                        + "/approve")
                .then().statusCode(200);

        awaitCompleted();
        assertThat(stores.contains(ref("namesake-partner"))).isFalse();
        assertThat(stores.contains(ref("namesake-mail"))).isTrue();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(events.erasureEventsOf(caseId,
                ErasureEvents.RecordsErased.class)).singleElement()
                .satisfies(confirmation -> assertThat(confirmation.personal()).isEqualTo(new Person(null, "Kim Kunde"))));
        assertThat(events.deadLetteredDiscoveryKeys()).doesNotContain(caseId);
    }

    @Test
    void removingOnlyHerMentionFromAThirdPartysMailKeepsTheMailRedactedWithProofAndTellsHerNotWhoseItWas() {
        Finding mail = finding("mail", "jans-mail", "general-correspondence", "2025-02-02", "Art. 6(1)(b) GDPR",
                MatchStrength.WEAK);
        events.subjectLocated(caseId, caseId, RequestType.ERASURE,
                new Person("miriam.schulte@example.org", "Miriam Schulte"), List.of(mail), List.of());
        Object itemId = item(awaitPlan(), "jans-mail").get("id");

        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + itemId + "/redact")
                .then().statusCode(200).body("action", equalTo("REDACT"));

        awaitCompleted();
        Map<String, Object> redacted = item(plan(), "jans-mail");
        assertThat(redacted).containsEntry("execution", "REDACTED").containsEntry("reasonCode", "MENTION_REMOVED");
        assertThat(String.valueOf(redacted.get("proof"))).startsWith("redacted in mail")
                .endsWith("the record kept as " + ref("jans-mail") + InMemoryRecordStores.REDACTED);
        assertThat(stores.contains(ref("jans-mail"))).as("the original is gone").isFalse();
        assertThat(stores.mentionRemovedFrom(ref("jans-mail") + InMemoryRecordStores.REDACTED))
                .isEqualTo(new Mention("Miriam Schulte", "miriam.schulte@example.org", "[entfernt]"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(events.erasureEventsOf(caseId,
                ErasureEvents.RecordsErased.class)).singleElement().satisfies(confirmation -> {
                    assertThat(confirmation.records()).isEmpty();
                    assertThat(confirmation.kept()).isEmpty();
                    assertThat(confirmation.mentionsRemoved()).singleElement()
                            .satisfies(record -> assertThat(record.reference()).isEqualTo(ref("jans-mail")));
                }));
    }

    @Test
    void aRecordingCannotHaveOnlyHerMentionRemovedItIsApprovedOrDeclinedAsAWhole() {
        Finding recording = finding("conference", "recording-naming-her", "conference-recording", "2025-02-02",
                "Art. 6(1)(a) GDPR", MatchStrength.WEAK);
        events.subjectLocated(caseId, caseId, RequestType.ERASURE, new Person(null, "Miriam Schulte"),
                List.of(recording), List.of());
        Object itemId = item(awaitPlan(), "recording-naming-her").get("id");

        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + itemId + "/redact")
                .then().statusCode(409).body("detail", containsString("cannot be redacted"));

        assertThat(item(plan(), "recording-naming-her")).containsEntry("execution", "AWAITING_APPROVAL");
        assertThat(stores.contains(ref("recording-naming-her"))).isTrue();
    }

    @Test
    void itemDecidedAlreadyCannotBeDecidedAgainAndSaysWhyAsAConflict() {
        Finding weak = finding("mail", "weak-twice", "general-correspondence", "2025-02-02", "Art. 6(1)(b) GDPR",
                MatchStrength.WEAK);
        events.subjectLocated(caseId, RequestType.ERASURE, List.of(weak), List.of());
        String item = "/api/cases/" + caseId + "/erasure-plan/items/" + item(awaitPlan(), "weak-twice").get("id");
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post(item + "/approve").then().statusCode(200);

        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post(item + "/approve")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("APPROVE"));
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body(Map.of("reasonCode", "OTHER", "reason", "changed my mind"))
                .when().post(item + "/decline")
                .then().statusCode(409).contentType("application/problem+json");

        assertThat(item(plan(), "weak-twice")).containsEntry("approval", "APPROVED");
        assertThat(given().auth().preemptive().basic("owner", "demo-owner")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.action == 'DECLINED' }"))
                .isEmpty();
    }

    @Test
    void decisionOnAnItemOutsideTheCasesPlanIsNotFoundAndSaysSo() {
        Finding weak = finding("mail", "weak-elsewhere", "general-correspondence", "2025-02-02", "Art. 6(1)(b) GDPR",
                MatchStrength.WEAK);
        events.subjectLocated(caseId, RequestType.ERASURE, List.of(weak), List.of());
        Object itemId = item(awaitPlan(), "weak-elsewhere").get("id");

        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + UUID.randomUUID() + "/erasure-plan/items/" + itemId + "/approve")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("no such item in this case's plan"));

        assertThat(item(plan(), "weak-elsewhere")).containsEntry("approval", "PENDING");
    }

    @Test
    void reclassifyingIntoACategoryTheDeletionConceptDoesNotKnowIsRefusedAndSaysSo() {
        Finding weak = finding("mail", "weak-unknown-category", "general-correspondence", "2025-02-02",
                "Art. 6(1)(b) GDPR", MatchStrength.WEAK);
        events.subjectLocated(caseId, RequestType.ERASURE, List.of(weak), List.of());
        Object itemId = item(awaitPlan(), "weak-unknown-category").get("id");

        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"category\":\"no-such-category\",\"reason\":\"a typo\"}")
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + itemId + "/reclassify")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("unknown retention category"));

        assertThat(item(plan(), "weak-unknown-category")).containsEntry("retentionCategory", "general-correspondence");
    }

    @Test
    void pinBeforeTheComputedHoldEndsIsRefusedAndNamesThatEnd() {
        Finding invoice = strong("crm", "short-pinned-invoice", "accounting-voucher", "2019-06-10");
        events.subjectLocated(caseId, RequestType.ERASURE, List.of(invoice), List.of());
        awaitPlan();
        awaitCompleted();
        Object itemId = item(plan(), "short-pinned-invoice").get("id");

        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"until\":\"2027-06-30\",\"reason\":\"shorter\"}")
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + itemId + "/pin")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", equalTo("a pinned hold must end after the computed one (2027-12-31)"));

        assertThat(item(plan(), "short-pinned-invoice")).containsEntry("holdUntil", "2027-12-31");
    }

    @Test
    void dashboardsServiceLoginDecidesOnBehalfOfTheAssistantAndTheAuditNamesHer() {
        Finding weak = finding("mail", "weak-via-dashboard", "general-correspondence", "2025-02-02",
                "Art. 6(1)(b) GDPR", MatchStrength.WEAK);
        events.subjectLocated(caseId, RequestType.ERASURE, List.of(weak), List.of());
        Object itemId = item(awaitPlan(), "weak-via-dashboard").get("id");

        given().auth().preemptive().basic("dashboard", "demo-dashboard").header(OnBehalfOf.HEADER, "assistant")
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + itemId + "/approve")
                .then().statusCode(200);

        assertThat(given().auth().preemptive().basic("owner", "demo-owner")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.action == 'APPROVED' }.actor"))
                .containsExactly("assistant");
    }

    @Test
    void onlyAServiceLoginNamesWhoDecidedAndItMustNameSomeone() {
        Finding weak = finding("mail", "weak-named", "general-correspondence", "2025-02-02", "Art. 6(1)(b) GDPR",
                MatchStrength.WEAK);
        events.subjectLocated(caseId, RequestType.ERASURE, List.of(weak), List.of());
        String approve = "/api/cases/" + caseId + "/erasure-plan/items/" + item(awaitPlan(), "weak-named").get("id")
                + "/approve";

        given().auth().preemptive().basic("assistant", "demo-assistant").header(OnBehalfOf.HEADER, "owner")
                .when().post(approve).then().statusCode(403).contentType("application/problem+json");
        given().auth().preemptive().basic("dashboard", "demo-dashboard")
                .when().post(approve).then().statusCode(403).contentType("application/problem+json");
        given().auth().preemptive().basic("dashboard", "demo-dashboard").header(OnBehalfOf.HEADER, "a b<script>")
                .when().post(approve).then().statusCode(400).contentType("application/problem+json");

        assertThat(item(plan(), "weak-named")).containsEntry("approval", "PENDING");
        assertThat(given().auth().preemptive().basic("owner", "demo-owner")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.action == 'APPROVED' }"))
                .isEmpty();
    }

    @Test
    void declinedItemIsKeptWithTheAssistantsReasonAndTheConfirmationSaysSoEvenWhenNothingWasErased() {
        Finding weak = finding("crm", "weak-contact", "general-correspondence", "2025-02-02", "Art. 6(1)(b) GDPR",
                MatchStrength.WEAK);

        events.subjectLocated(caseId, RequestType.ERASURE, List.of(weak), List.of());
        Object itemId = item(awaitPlan(), "weak-contact").get("id");
        String decline = "/api/cases/" + caseId + "/erasure-plan/items/" + itemId + "/decline";
        // the requester is told why: a reason code and the assistant's words are both required
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"reason\":\"pending court case about the delivery\"}")
                .when().post(decline)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"reasonCode\":\"BECAUSE\",\"reason\":\"pending court case about the delivery\"}")
                .when().post(decline)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"reasonCode\":\"LEGAL_CLAIMS\",\"reason\":\"pending court case about the delivery\"}")
                .when().post(decline)
                .then().statusCode(200);

        awaitCompleted();
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)).singleElement()
                        .satisfies(confirmation -> {
                            assertThat(confirmation.records()).isEmpty();
                            assertThat(confirmation.kept()).singleElement()
                                    .satisfies(kept -> {
                                        assertThat(kept.reason()).isEqualTo("pending court case about the delivery");
                                        assertThat(kept.reasonCode())
                                                .isEqualTo(ErasureEvents.ReasonCode.LEGAL_CLAIMS);
                                    });
                        }));
        assertThat(stores.contains(ref("weak-contact"))).isTrue();
    }

    @Test
    void planSettledByTwoWritersAtTheSameMomentIsCompletedByTheLaterOne() throws Exception {
        Finding first = finding("crm", "namesake-1", "general-correspondence", "2025-02-02", "Art. 6(1)(b) GDPR",
                MatchStrength.WEAK);
        Finding second = finding("crm", "namesake-2", "general-correspondence", "2025-02-02", "Art. 6(1)(b) GDPR",
                MatchStrength.WEAK);
        events.subjectLocated(caseId, RequestType.ERASURE, List.of(first, second), List.of());
        JsonPath waiting = awaitPlan();
        long firstItem = ((Number) item(waiting, "namesake-1").get("id")).longValue();
        Object secondItem = item(waiting, "namesake-2").get("id");

        SqlConnection otherWriter = pool.getConnection().await().indefinitely();
        try {
            // another writer settles the first item and, holding the plan, finds the second still waiting
            Transaction transaction = otherWriter.begin().await().indefinitely();
            otherWriter.preparedQuery("update plan_item set execution = 'KEPT', approval = 'DECLINED' where id = $1")
                    .execute(Tuple.of(firstItem)).await().indefinitely();
            otherWriter.preparedQuery("select case_id from erasure_plan where case_id = $1 for update")
                    .execute(Tuple.of(UUID.fromString(caseId))).await().indefinitely();
            CompletableFuture<Integer> decline = CompletableFuture.supplyAsync(() -> given().auth().preemptive()
                    .basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                    .body("{\"reasonCode\":\"NOT_THE_REQUESTER\",\"reason\":\"another person of the same name\"}")
                    .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + secondItem + "/decline")
                    .statusCode());
            await().atMost(PATIENCE).until(() -> pool.query("select count(*) from pg_locks where not granted")
                    .execute().await().indefinitely().iterator().next().getLong(0) > 0);
            transaction.commit().await().indefinitely();
            assertThat(decline.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(200);
        } finally {
            otherWriter.close().await().indefinitely();
        }

        awaitCompleted();
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)).singleElement()
                        .satisfies(confirmation -> assertThat(confirmation.kept()).hasSize(2)));
    }

    @Test
    void consentWithdrawalErasesTheRecordingAndNamesTheProcessingThatContinues() {
        String restrictedMail = ref("cw-voucher-mail-in-restricted-folder");
        stores.add(ref("cw-voucher-mail"));
        stores.movesWhenRestricted(ref("cw-voucher-mail"), restrictedMail);
        List<Finding> findings = List.of(
                strong("crm", "cw-invoice", "accounting-voucher", "2024-06-10"),
                strong("crm", "cw-partner", "customer-master-data", "2018-01-01"),
                finding("conference", "cw-recording", "conference-recording", "2026-11-20", "Art. 6(1)(a) GDPR",
                        MatchStrength.STRONG),
                // another basis, but its storage ended long ago: erased (Art. 17(1)(a), 5(1)(e) GDPR)
                strong("mail", "cw-old-letter", "commercial-letter", "2016-02-18"),
                // a 2018 voucher mail: the letter's hold ended with 2024, the invoice's runs to the end of 2026
                new Finding("mail", ref("cw-voucher-mail"), List.of("email", "message-content"), "accounting-voucher",
                        parse("2018-05-14"), "Art. 6(1)(b) GDPR", MatchStrength.STRONG, "mail with an invoice",
                        List.of(new Finding.Part(Finding.PartKind.BODY, "commercial-letter"),
                                new Finding.Part(Finding.PartKind.ATTACHMENTS, "accounting-voucher"))));

        events.subjectLocated(caseId, RequestType.CONSENT_WITHDRAWAL, findings, List.of());
        JsonPath planned = awaitPlan();
        // her master data serves the contract while it runs: the assistant says it does, in her words
        assertThat(item(planned, "cw-partner")).containsEntry("reasonCode", "RELATIONSHIP_CHECK")
                .containsEntry("execution", "AWAITING_APPROVAL");
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"reasonCode\":\"OTHER\",\"reason\":\"Wartungsvertrag läuft bis Ende 2027\"}")
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + item(planned, "cw-partner").get("id")
                        + "/decline")
                .then().statusCode(200);
        awaitCompleted();

        JsonPath plan = plan();
        assertThat(item(plan, "cw-recording")).containsEntry("execution", "ERASED");
        assertThat(item(plan, "cw-invoice")).containsEntry("action", "KEEP").containsEntry("execution", "KEPT");
        assertThat(item(plan, "cw-partner")).containsEntry("reasonCode", "RELATIONSHIP_CONTINUES")
                .containsEntry("execution", "KEPT").containsEntry("reason", "Wartungsvertrag läuft bis Ende 2027");
        assertThat(item(plan, "cw-partner").get("holdUntil")).isNull();
        assertThat(item(plan, "cw-invoice")).containsEntry("holdUntil", "2032-12-31");
        assertThat(stores.contains(ref("cw-invoice"))).isTrue();
        assertThat(stores.restrictedUntil(ref("cw-invoice"))).isNull();
        assertThat(item(plan, "cw-old-letter")).containsEntry("execution", "ERASED");
        assertThat(stores.contains(ref("cw-old-letter"))).isFalse();
        String stripped = restrictedMail + InMemoryRecordStores.STRIPPED;
        assertThat(stores.contains(stripped)).isTrue();
        assertThat(stores.contains(restrictedMail)).isFalse();
        assertThat(stores.restrictedUntil(stripped)).isEqualTo(parse("2026-12-31"));
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)).singleElement()
                        .satisfies(confirmation -> {
                            assertThat(confirmation.requestType()).isEqualTo(RequestType.CONSENT_WITHDRAWAL);
                            assertThat(confirmation.records()).extracting(ErasureEvents.ErasedRecord::reference,
                                            ErasureEvents.ErasedRecord::storagePeriodEnded)
                                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(
                                                    ref("cw-recording"), false),
                                            org.assertj.core.groups.Tuple.tuple(ref("cw-old-letter"), true));
                            assertThat(confirmation.restricted()).singleElement().satisfies(mail -> {
                                assertThat(mail.holdUntil()).isEqualTo(parse("2026-12-31"));
                                assertThat(mail.parts()).extracting(ErasureEvents.RestrictedPart::kind)
                                        .contains(Finding.PartKind.BODY);
                            });
                            assertThat(confirmation.kept()).hasSize(2).allSatisfy(kept ->
                                    assertThat(kept.action()).isEqualTo(PlannedAction.KEEP));
                            assertThat(confirmation.kept()).extracting(ErasureEvents.PlanItem::reasonCode)
                                    .containsExactlyInAnyOrder(ErasureEvents.ReasonCode.NOT_PROCESSED_ON_CONSENT,
                                            ErasureEvents.ReasonCode.RELATIONSHIP_CONTINUES);
                            // the invoice is kept under its statutory hold: Art. 6(1)(c) too, though the CRM states
                            // only the contract (LEGAL.md §3); her master data serves the running contract
                            assertThat(confirmation.kept()).extracting(ErasureEvents.PlanItem::reference,
                                    ErasureEvents.PlanItem::processingBases).containsExactlyInAnyOrder(
                                    org.assertj.core.groups.Tuple.tuple(ref("cw-invoice"), List.of(
                                            ErasureEvents.ProcessingBasis.CONTRACT,
                                            ErasureEvents.ProcessingBasis.LEGAL_OBLIGATION)),
                                    org.assertj.core.groups.Tuple.tuple(ref("cw-partner"), List.of(
                                            ErasureEvents.ProcessingBasis.CONTRACT)));
                            assertThat(confirmation.continuing())
                                    .allSatisfy(c -> assertThat(c.legalBasis()).isEqualTo("Art. 6(1)(b) GDPR"))
                                    .extracting(ErasureEvents.ContinuingProcessing::purposeId,
                                            ErasureEvents.ContinuingProcessing::bases)
                                    .containsExactlyInAnyOrder(
                                            org.assertj.core.groups.Tuple.tuple("accounting-voucher", List.of(
                                                    ErasureEvents.ProcessingBasis.CONTRACT,
                                                    ErasureEvents.ProcessingBasis.LEGAL_OBLIGATION)),
                                            org.assertj.core.groups.Tuple.tuple("customer-master-data", List.of(
                                                    ErasureEvents.ProcessingBasis.CONTRACT)));
                        }));
    }

    @Test
    void consentWithdrawalOfAFormerCustomerRestrictsHerMasterDataUntilHerLastInvoiceIsErased() {
        // her last invoice is from 2021 (held to the end of 2029); the relationship ended long ago
        events.subjectLocated(caseId, RequestType.CONSENT_WITHDRAWAL, List.of(
                strong("crm", "former-invoice", "accounting-voucher", "2021-06-10"),
                strong("crm", "former-partner", "customer-master-data", "2018-01-01")), List.of());
        JsonPath planned = awaitPlan();
        assertThat(item(planned, "former-partner")).containsEntry("reasonCode", "RELATIONSHIP_CHECK")
                .containsEntry("holdUntil", "2029-12-31");
        assertThat((String) item(planned, "former-partner").get("legalBasis")).contains("§147(1) Nr. 4, (3) AO");

        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + item(planned, "former-partner")
                        .get("id") + "/approve")
                .then().statusCode(200);
        awaitCompleted();

        // restricted until then, and erased by the deferred erasure the day after: the date the notice gives is kept
        assertThat(item(plan(), "former-partner")).containsEntry("execution", "RESTRICTED")
                .containsEntry("holdUntil", "2029-12-31").containsEntry("erasableFrom", "2030-01-01");
        assertThat(stores.restrictedUntil(ref("former-partner"))).isEqualTo(parse("2029-12-31"));
        assertThat(given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/jobs").then().statusCode(200).extract().jsonPath().getList("upcoming.month"))
                .contains("2030-01");
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)).singleElement()
                        .satisfies(confirmation -> assertThat(confirmation.restricted()).singleElement()
                                .satisfies(masterData -> {
                                    assertThat(masterData.reference()).isEqualTo(ref("former-partner"));
                                    assertThat(masterData.erasableFrom()).isEqualTo(parse("2030-01-01"));
                                })));
    }

    @Test
    void holdPinnedBeforeThePlanCompletedIsConfirmedAsPinned() {
        Finding invoice = strong("crm", "pinned-early-invoice", "accounting-voucher", "2019-06-10");
        Finding weak = finding("crm", "pinned-early-weak", "general-correspondence", "2025-02-02",
                "Art. 6(1)(b) GDPR", MatchStrength.WEAK);
        events.subjectLocated(caseId, RequestType.ERASURE, List.of(invoice, weak), List.of());
        JsonPath planned = awaitPlan();
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"until\":\"2030-12-31\",\"reason\":\"§147(3) AO: assessment 2019 still open\"}")
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + item(planned, "pinned-early-invoice")
                        .get("id") + "/pin")
                .then().statusCode(200);
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"reasonCode\":\"NOT_THE_REQUESTER\",\"reason\":\"another person of the same name\"}")
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + item(planned, "pinned-early-weak")
                        .get("id") + "/decline")
                .then().statusCode(200);

        awaitCompleted();
        assertThat(item(plan(), "pinned-early-invoice")).containsEntry("reasonCode", "PINNED_HOLD");
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)).singleElement()
                        .satisfies(confirmation -> assertThat(confirmation.restricted()).singleElement()
                                .satisfies(restricted -> {
                                    assertThat(restricted.holdUntil()).isEqualTo(parse("2030-12-31"));
                                    assertThat(restricted.reasonCode())
                                            .isEqualTo(ErasureEvents.ReasonCode.PINNED_HOLD);
                                })));
    }

    @Test
    void holdPinnedWhileTheStoreRestrictsTheRecordWithTheComputedDateReachesTheStoreToo() throws Exception {
        Finding invoice = strong("crm", "pinned-midway-invoice", "accounting-voucher", "2019-06-10");
        StoreCallGate restricting = stores.holdNextWriteTo(ref("pinned-midway-invoice"));
        events.subjectLocated(caseId, RequestType.ERASURE, List.of(invoice), List.of());
        Object itemId = item(awaitPlan(), "pinned-midway-invoice").get("id");
        assertThat(restricting.awaitEntered(PATIENCE.toSeconds())).isTrue();

        // the executor claimed the item and restricts it until 2027-12-31 right now
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"until\":\"2030-12-31\",\"reason\":\"§147(3) AO: assessment 2019 still open\"}")
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + itemId + "/pin")
                .then().statusCode(200);
        restricting.open();

        awaitCompleted();
        assertThat(stores.restrictedUntil(ref("pinned-midway-invoice"))).isEqualTo(parse("2030-12-31"));
        assertThat(item(plan(), "pinned-midway-invoice")).containsEntry("execution", "RESTRICTED")
                .containsEntry("holdUntil", "2030-12-31").containsEntry("reasonCode", "PINNED_HOLD");
        await().atMost(PATIENCE).untilAsserted(() ->
                assertThat(events.erasureEventsOf(caseId, ErasureEvents.RecordsErased.class)).singleElement()
                        .satisfies(confirmation -> assertThat(confirmation.restricted()).singleElement()
                                .satisfies(restricted -> assertThat(restricted.holdUntil())
                                        .isEqualTo(parse("2030-12-31")))));
    }

    @Test
    void pinAndTheExecutorsOutcomeArrivingAtTheSameMomentBothSurvive() throws Exception {
        Finding invoice = strong("crm", "pinned-racing-invoice", "accounting-voucher", "2019-06-10");
        StoreCallGate restricting = stores.holdNextWriteTo(ref("pinned-racing-invoice"));
        events.subjectLocated(caseId, RequestType.ERASURE, List.of(invoice), List.of());
        Object itemId = item(awaitPlan(), "pinned-racing-invoice").get("id");
        assertThat(restricting.awaitEntered(PATIENCE.toSeconds())).isTrue();

        SqlConnection otherWriter = pool.getConnection().await().indefinitely();
        try {
            // another writer holds the plan, so the pin and the executor's outcome queue up behind it together
            Transaction transaction = otherWriter.begin().await().indefinitely();
            otherWriter.preparedQuery("select case_id from erasure_plan where case_id = $1 for update")
                    .execute(Tuple.of(UUID.fromString(caseId))).await().indefinitely();
            CompletableFuture<Integer> pin = CompletableFuture.supplyAsync(() -> given().auth().preemptive()
                    .basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                    .body("{\"until\":\"2030-12-31\",\"reason\":\"§147(3) AO: assessment 2019 still open\"}")
                    .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + itemId + "/pin")
                    .statusCode());
            await().atMost(PATIENCE).until(() -> waitingLocks() >= 1);
            restricting.open();
            await().atMost(PATIENCE).until(() -> waitingLocks() >= 2);
            transaction.commit().await().indefinitely();
            assertThat(pin.get(PATIENCE.toSeconds(), TimeUnit.SECONDS)).isEqualTo(200);
        } finally {
            otherWriter.close().await().indefinitely();
        }

        awaitCompleted();
        assertThat(stores.restrictedUntil(ref("pinned-racing-invoice"))).isEqualTo(parse("2030-12-31"));
        assertThat(item(plan(), "pinned-racing-invoice")).containsEntry("execution", "RESTRICTED")
                .containsEntry("holdUntil", "2030-12-31").containsEntry("reasonCode", "PINNED_HOLD");
        assertThat((String) item(plan(), "pinned-racing-invoice").get("proof")).contains("until 2030-12-31");
    }

    private long waitingLocks() {
        return pool.query("select count(*) from pg_locks where not granted").execute().await().indefinitely()
                .iterator().next().getLong(0);
    }

    @Test
    void assistantPinsAHoldBeyondItsDateWithAReason() {
        Finding invoice = strong("crm", "pinned-invoice", "accounting-voucher", "2019-06-10");
        Finding partner = strong("crm", "pinned-partner", "customer-master-data", "2018-01-01");

        events.subjectLocated(caseId, RequestType.ERASURE, List.of(invoice, partner), List.of());
        awaitPlan();
        awaitCompleted();
        Object itemId = item(plan(), "pinned-invoice").get("id");

        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"until\":\"2030-12-31\",\"reason\":\"§147(3) AO: assessment 2019 still open\"}")
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + itemId + "/pin")
                .then().statusCode(200);

        assertThat(item(plan(), "pinned-invoice")).containsEntry("holdUntil", "2030-12-31")
                .containsEntry("erasableFrom", "2031-01-01");
        assertThat(item(plan(), "pinned-partner")).containsEntry("holdUntil", "2030-12-31");
        assertThat(given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.action == 'PINNED' }.detail"))
                .anySatisfy(detail -> assertThat((String) detail).contains("§147(3) AO"));
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"until\":\"2027-06-30\",\"reason\":\"shorter\"}")
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + itemId + "/pin")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void pinningARestrictedRecordMovesTheHoldDateInTheStoreAndInTheDeferredErasure() {
        Finding invoice = strong("crm", "repinned-invoice", "accounting-voucher", "2019-06-10");
        events.subjectLocated(caseId, RequestType.ERASURE, List.of(invoice), List.of());
        awaitPlan();
        awaitCompleted();
        assertThat(stores.restrictedUntil(ref("repinned-invoice"))).isEqualTo(parse("2027-12-31"));
        Object itemId = item(plan(), "repinned-invoice").get("id");

        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"until\":\"2031-12-31\",\"reason\":\"§147(3) AO: assessment 2019 still open\"}")
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + itemId + "/pin")
                .then().statusCode(200);

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(stores.restrictedUntil(ref("repinned-invoice"))).isEqualTo(parse("2031-12-31"));
            assertThat(item(plan(), "repinned-invoice")).containsEntry("execution", "RESTRICTED")
                    .containsEntry("erasableFrom", "2032-01-01");
        });
        assertThat(given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/jobs").then().statusCode(200).extract().jsonPath().getList("upcoming.month"))
                .contains("2032-01");
        assertThat(stores.contains(ref("repinned-invoice"))).isTrue();
    }

    @Test
    void reclassifyingAnItemIntoALongerHoldKeepsTheMasterDataRestrictedUntilThatHoldEnds() {
        Finding invoice = strong("crm", "held-invoice", "accounting-voucher", "2019-06-10");
        Finding partner = strong("crm", "held-partner", "customer-master-data", "2018-01-01");
        Finding mail = strong("mail", "unclassified-mail", "unsorted-mail", "2022-04-04");

        events.subjectLocated(caseId, RequestType.ERASURE, List.of(invoice, partner, mail), List.of());
        awaitPlan();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(item(plan(), "held-partner"))
                .containsEntry("execution", "RESTRICTED").containsEntry("holdUntil", "2027-12-31"));
        assertThat(item(plan(), "unclassified-mail")).containsEntry("execution", "AWAITING_APPROVAL");
        Object mailId = item(plan(), "unclassified-mail").get("id");

        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"category\":\"commercial-letter\",\"reason\":\"order confirmation\"}")
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + mailId + "/reclassify")
                .then().statusCode(200);

        awaitCompleted();
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(item(plan(), "unclassified-mail")).containsEntry("execution", "RESTRICTED")
                    .containsEntry("holdUntil", "2028-12-31");
            assertThat(item(plan(), "held-partner")).containsEntry("execution", "RESTRICTED")
                    .containsEntry("holdUntil", "2028-12-31").containsEntry("erasableFrom", "2029-01-01");
            assertThat(stores.restrictedUntil(ref("held-partner"))).isEqualTo(parse("2028-12-31"));
        });
        assertThat(given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan/audit")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.action == 'MASTER_DATA_HOLD' }.detail"))
                .singleElement().satisfies(detail -> assertThat((String) detail).contains("2028-12-31"));
    }

    @Test
    void assistantReclassifiesAMailAsACommercialLetterBeforeItIsErased() {
        Finding weak = finding("mail", "offer-mail", "general-correspondence", "2022-04-04", "Art. 6(1)(b) GDPR",
                MatchStrength.WEAK);

        events.subjectLocated(caseId, RequestType.ERASURE, List.of(weak), List.of());
        Object itemId = item(awaitPlan(), "offer-mail").get("id");
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"category\":\"commercial-letter\",\"reason\":\"the offer was accepted\"}")
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + itemId + "/reclassify")
                .then().statusCode(200);
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().post("/api/cases/" + caseId + "/erasure-plan/items/" + itemId + "/approve")
                .then().statusCode(200);

        awaitCompleted();
        assertThat(item(plan(), "offer-mail")).containsEntry("execution", "RESTRICTED")
                .containsEntry("retentionCategory", "commercial-letter")
                .containsEntry("holdUntil", "2028-12-31");
    }

    @Test
    void locatedAgainAfterAnUnavailableStoreAnsweredAddsItsRecordsAndSettlesTheGap() {
        Finding mail = strong("mail", "relocated-mail", "general-correspondence", "2025-02-02");
        events.subjectLocated(caseId, RequestType.ERASURE, List.of(mail), List.of("conference"));
        await().atMost(PATIENCE).until(() -> given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan").statusCode() == 200
                && "ERASED".equals(item(plan(), "relocated-mail").get("execution")));
        assertThat(plan().getString("status")).isEqualTo("OPEN");
        assertThat(plan().getString("items.find { it.store == 'conference' }.reason")).contains("store unavailable");

        Finding recording = finding("conference", "relocated-recording", "conference-recording", "2026-11-20",
                "Art. 6(1)(a) GDPR", MatchStrength.STRONG);
        events.subjectLocated(caseId, RequestType.ERASURE, List.of(mail, recording), List.of());

        awaitCompleted();
        assertThat(item(plan(), "relocated-recording")).containsEntry("execution", "ERASED");
        assertThat(plan().getList("items")).hasSize(3);
        assertThat(stores.erasureCount(ref("relocated-mail"))).isEqualTo(1);
        assertThat(stores.contains(ref("relocated-recording"))).isFalse();
    }

    @Test
    void planNeedsTheAssistantRole() {
        given().when().get("/api/cases/" + caseId + "/erasure-plan").then().statusCode(401);
        given().auth().preemptive().basic("assistant", "wrong")
                .when().get("/api/cases/" + caseId + "/erasure-plan").then().statusCode(401);
        given().auth().preemptive().basic("auditor", "demo-auditor")
                .when().get("/api/cases/" + caseId + "/erasure-plan").then().statusCode(403);
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/erasure-plan").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void accessRequestGetsNoErasurePlan() {
        Finding mail = strong("mail", "access-mail", "general-correspondence", "2025-02-02");
        String otherCase = UUID.randomUUID().toString();

        events.subjectLocated(caseId, otherCase, RequestType.ACCESS, List.of(mail), List.of());
        events.subjectLocated(caseId, RequestType.ERASURE, List.of(), List.of());

        // same record key, same partition: once the later event is planned, the earlier one was applied
        awaitPlan();
        awaitCompleted();
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + otherCase + "/erasure-plan").then().statusCode(404);
        assertThat(stores.contains(ref("access-mail"))).isTrue();
    }
}

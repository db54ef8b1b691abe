package de.thwien.dsr.intake.casework;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.cases.DeadlineWatch;
import de.thwien.dsr.intake.deadlines.DeadlineCalculator;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class CaseApiTests {

    @Inject
    Pool pool;

    @Inject
    DeadlineWatch deadlineWatch;

    private static RequestSpecification assistant() {
        return given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON);
    }

    @Test
    void listFiltersByStatusAndTypeSortsByDueDateAndShowsDaysLeft() {
        CaseTables tables = new CaseTables(pool);
        String later = CaseTables.openCase("RECTIFICATION");
        String earlier = CaseTables.openCase("RECTIFICATION");
        setDueOn(tables, later, berlinToday().plusDays(40));
        setDueOn(tables, earlier, berlinToday().plusDays(2));

        assistant().queryParam("type", "RECTIFICATION").queryParam("status", "AWAITING_VERIFICATION")
                .queryParam("size", 100)
                .when().get("/api/cases")
                .then().statusCode(200)
                .body("items.type", everyItem(equalTo("RECTIFICATION")))
                .body("items.findAll { it.id == '" + earlier + "' || it.id == '" + later + "' }.id",
                        contains(earlier, later))
                .body("items.find { it.id == '" + earlier + "' }.daysLeft", equalTo(2))
                .body("items.find { it.id == '" + later + "' }.daysLeft", equalTo(40));
    }

    @Test
    void aPortabilityRequestFromTheApiIsACaseOfThatTypeWithTheUsualDueDate() {
        String caseId = CaseTables.openCase("PORTABILITY");

        assistant().queryParam("type", "PORTABILITY").queryParam("size", 100).when().get("/api/cases")
                .then().statusCode(200)
                .body("items.type", everyItem(equalTo("PORTABILITY")))
                .body("items.id", hasItem(caseId));
        String receivedAt = assistant().when().get("/api/cases/" + caseId)
                .then().statusCode(200)
                .body("type", equalTo("PORTABILITY"))
                .body("status", equalTo("AWAITING_VERIFICATION"))
                .extract().path("receivedAt");
        DeadlineCalculator deadlines = new DeadlineCalculator();
        assistant().when().get("/api/cases/" + caseId).then()
                .body("currentDueOn", equalTo(deadlines.dueOn(deadlines.receiptDay(Instant.parse(receivedAt)))
                        .toString()));
    }

    @Test
    void listFindsACaseByPartOfItsIdAndFiltersOverdueAndDueSoon() {
        CaseTables tables = new CaseTables(pool);
        String overdue = CaseTables.openCase("ACCESS");
        String dueSoon = CaseTables.openCase("ACCESS");
        setDueOn(tables, overdue, berlinToday().minusDays(3));
        setDueOn(tables, dueSoon, berlinToday().plusDays(1));

        assistant().queryParam("q", overdue.substring(0, 13)).when().get("/api/cases")
                .then().statusCode(200).body("items.id", hasItem(overdue)).body("items.id", not(hasItem(dueSoon)));
        assistant().queryParam("overdue", true).queryParam("size", 100).when().get("/api/cases")
                .then().statusCode(200).body("items.id", hasItem(overdue)).body("items.id", not(hasItem(dueSoon)));
        assistant().queryParam("dueWithinDays", 1).queryParam("size", 100).when().get("/api/cases")
                .then().statusCode(200).body("items.id", hasItem(dueSoon)).body("items.id", not(hasItem(overdue)));
    }

    @Test
    void listPagesWithTotalAndRefusesBadPaging() {
        CaseTables.openCase("ACCESS");
        CaseTables.openCase("ACCESS");

        assistant().queryParam("size", 1).queryParam("page", 1).when().get("/api/cases")
                .then().statusCode(200)
                .body("items.size()", equalTo(1)).body("page", equalTo(1)).body("size", equalTo(1))
                .body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
        assistant().queryParam("size", 1000).when().get("/api/cases")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void manualVerificationNeedsANoteAndIsAuditedWithTheAssistant() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");

        assistant().body("{\"note\":\" \"}").when().post("/api/cases/" + caseId + "/verification")
                .then().statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("note"));
        assistant().body("{\"note\":\"known customer, called back on the number in the CRM\"}")
                .when().post("/api/cases/" + caseId + "/verification")
                .then().statusCode(200).body("status", equalTo("VERIFIED"));

        assertThat(tables.timeline(caseId)).anySatisfy(entry -> assertThat(entry)
                .startsWith("IDENTITY_VERIFIED|assistant|Identity verified manually: known customer"));
        assertThat(tables.outboxPayloads(caseId, "identity.verified")).singleElement()
                .satisfies(payload -> assertThat(payload).contains("\"method\":\"MANUAL\""));
        given().when().post("/api/verification/" + tables.verificationToken(caseId)).then().statusCode(409);
    }

    @Test
    void extensionNeedsReasonsAnnouncesTheNewDateAndHappensOnce() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");

        assistant().body("{}").when().post("/api/cases/" + caseId + "/extension")
                .then().statusCode(400).body("violations.field", hasItem("reasons"));
        String extendedDueOn = assistant().body("{\"reasons\":\"many archives to search\"}")
                .when().post("/api/cases/" + caseId + "/extension")
                .then().statusCode(200).body("extended", equalTo(true)).extract().path("extendedDueOn");
        assistant().when().get("/api/cases/" + caseId)
                .then().body("currentDueOn", equalTo(extendedDueOn));
        assertThat(tables.outboxPayloads(caseId, "deadline.extended")).singleElement()
                .satisfies(payload -> assertThat(payload).contains("many archives to search"));

        assistant().body("{\"reasons\":\"again\"}").when().post("/api/cases/" + caseId + "/extension")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void extensionWaitsForAnEventChangingTheCaseAtTheSameMomentInsteadOfFailing() throws Exception {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");
        UUID id = UUID.fromString(caseId);
        SqlConnection eventWriter = pool.getConnection().await().indefinitely();
        try {
            // another writer (an event being recorded) holds the case row and has changed it, not yet committed
            Transaction transaction = eventWriter.begin().await().indefinitely();
            eventWriter.preparedQuery("update dsr_case set version = version + 1 where id = $1")
                    .execute(Tuple.of(id)).await().indefinitely();
            CompletableFuture<Response> extension = CompletableFuture.supplyAsync(
                    () -> assistant().body("{\"reasons\":\"many archives to search\"}")
                            .when().post("/api/cases/" + caseId + "/extension"));
            await().atMost(Duration.ofSeconds(20)).until(() -> tables.lockWaits() > 0);
            transaction.commit().await().indefinitely();

            Response answer = extension.get(20, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as(answer.asString()).isEqualTo(200);
            assertThat(answer.<Boolean>path("extended")).isTrue();
        } finally {
            eventWriter.close().await().indefinitely();
        }
        assertThat(tables.outboxPayloads(caseId, "deadline.extended")).hasSize(1);
    }

    @Test
    void extensionAfterTheDueDateIsRefusedWith409() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");
        tables.execute("update dsr_case set due_on = current_date - 1, current_due_on = current_date - 1 where id = $1",
                Tuple.of(UUID.fromString(caseId)));

        assistant().body("{\"reasons\":\"too late\"}").when().post("/api/cases/" + caseId + "/extension")
                .then().statusCode(409).contentType("application/problem+json").body("detail", containsString("ended"));
        assertThat(tables.outboxEvents(caseId, "deadline.extended")).isZero();
    }

    @Test
    void rejectionNeedsAReasonCodeAnnouncesItAndForbidsLaterVerification() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ERASURE");

        assistant().body("{\"reasons\":\"x\"}").when().post("/api/cases/" + caseId + "/rejection")
                .then().statusCode(400).body("violations.field", hasItem("reasonCode"));
        assistant().body("{\"reasonCode\":\"EXCESSIVE\",\"reasons\":\"fifth identical request this month\"}")
                .when().post("/api/cases/" + caseId + "/rejection")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        assertThat(tables.outboxPayloads(caseId, "request.rejected")).singleElement()
                .satisfies(payload -> assertThat(payload).contains("\"reasonCode\":\"EXCESSIVE\""));

        assistant().body("{\"note\":\"phone\"}").when().post("/api/cases/" + caseId + "/verification")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("REJECTED"));
        given().when().post("/api/verification/" + tables.verificationToken(caseId)).then().statusCode(409);
        assertThat(tables.outboxEvents(caseId, "identity.verified")).isZero();
    }

    @Test
    void refusalAfterTheMonthOfArt12_4IsRefusedUntilTheAssistantConfirmsSheKnowsItIsLate() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ERASURE");
        // extended: the extension does not prolong the month within which a refusal must be told
        tables.execute("update dsr_case set due_on = current_date - 1, extended = true,"
                + " current_due_on = current_date + 30 where id = $1", Tuple.of(UUID.fromString(caseId)));

        assistant().body("{\"reasonCode\":\"EXCESSIVE\",\"reasons\":\"fifth identical request\"}")
                .when().post("/api/cases/" + caseId + "/rejection")
                .then().statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Refusal after its deadline"))
                .body("detail", containsString("lateConfirmed"));
        assertThat(tables.outboxEvents(caseId, "request.rejected")).isZero();
        assistant().when().get("/api/cases/" + caseId).then().body("refusalDeadlinePassed", equalTo(true));

        assistant().body("{\"reasonCode\":\"EXCESSIVE\",\"reasons\":\"fifth identical request\","
                        + "\"lateConfirmed\":true}")
                .when().post("/api/cases/" + caseId + "/rejection")
                .then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("timeline.find { it.kind == 'REQUEST_REJECTED' }.detail",
                        containsString("confirmed she knows it is late"));
        assertThat(tables.outboxEvents(caseId, "request.rejected")).isEqualTo(1);
    }

    @Test
    void refusalWithinTheMonthNeedsNoConfirmationAndRecordsNoLateness() {
        String caseId = CaseTables.openCase("ACCESS");

        assistant().when().get("/api/cases/" + caseId).then().body("refusalDeadlinePassed", equalTo(false));
        assistant().body("{\"reasonCode\":\"OTHER\",\"reasons\":\"withdrawn by phone\"}")
                .when().post("/api/cases/" + caseId + "/rejection")
                .then().statusCode(200)
                .body("timeline.find { it.kind == 'REQUEST_REJECTED' }.detail", not(containsString("late")));
    }

    @Test
    void closingIsRefusedWhileTheCaseIsOpenAndAnnouncedOnceRejected() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");

        assistant().body("{}").when().post("/api/cases/" + caseId + "/closure")
                .then().statusCode(409).contentType("application/problem+json");
        assistant().body("{\"reasonCode\":\"OTHER\",\"reasons\":\"withdrawn by phone\"}")
                .when().post("/api/cases/" + caseId + "/rejection").then().statusCode(200);
        assistant().body("{\"note\":\"done\"}").when().post("/api/cases/" + caseId + "/closure")
                .then().statusCode(200).body("status", equalTo("CLOSED"));

        assertThat(tables.outboxPayloads(caseId, "case.closed")).singleElement()
                .satisfies(payload -> assertThat(payload).contains("\"outcome\":\"REJECTED\""));
    }

    @Test
    void noteIsAppendedWithTheAssistantAsActor() {
        String caseId = CaseTables.openCase("ACCESS");

        given().auth().preemptive().basic("owner", "demo-owner").contentType(ContentType.JSON)
                .body("{\"note\":\"called, will send ID later\"}")
                .when().post("/api/cases/" + caseId + "/notes")
                .then().statusCode(200)
                .body("timeline.find { it.kind == 'NOTE' }.actor", equalTo("owner"))
                .body("timeline.find { it.kind == 'NOTE' }.detail", equalTo("called, will send ID later"));
    }

    @Test
    void actionOnAnUnknownCaseGets404() {
        assistant().body("{\"note\":\"x\"}").when().post("/api/cases/" + UUID.randomUUID() + "/notes")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void caseFileHoldsTheRequestTimelineAndVerificationButNoLinks() {
        String caseId = given().contentType(ContentType.JSON).header("X-Forwarded-For", CaseTables.uniqueClientAddress())
                .body("{\"type\":\"ACCESS\",\"email\":\"" + CaseTables.uniqueEmail()
                        + "\",\"message\":\"Bitte um Auskunft\"}")
                .when().post("/api/requests").then().statusCode(202).extract().path("caseId");

        assistant().when().get("/api/cases/" + caseId + "/file")
                .then().statusCode(200)
                .body("exportedAt", notNullValue())
                .body("message", equalTo("Bitte um Auskunft"))
                .body("caseView.id", equalTo(caseId))
                .body("caseView.timeline.kind", hasItem("VERIFICATION_REQUESTED"))
                .body("verification.expiresAt", notNullValue())
                .body("verification", not(hasKey("tokenHash")))
                .body("caseView", not(hasKey("statusTokenHash")));
    }

    @Test
    void statusLinkShowsTypeStatusAndDatesOnly() {
        String statusUrl = given().contentType(ContentType.JSON).header("X-Forwarded-For", CaseTables.uniqueClientAddress())
                .body("{\"type\":\"ERASURE\",\"email\":\"" + CaseTables.uniqueEmail() + "\",\"name\":\"Nina\"}")
                .when().post("/api/requests").then().statusCode(202).extract().path("statusUrl");
        String token = statusUrl.substring(statusUrl.lastIndexOf('/') + 1);

        String body = given().when().get("/api/status/" + token)
                .then().statusCode(200)
                .body("type", equalTo("ERASURE"))
                .body("status", equalTo("AWAITING_VERIFICATION"))
                .body("receivedOn", notNullValue())
                .body("dueOn", notNullValue())
                .extract().asString();
        assertThat(body).doesNotContain("Nina").doesNotContain("@").doesNotContain("id\"");
        given().when().get("/api/status/unknown-token").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void deadlineWatchFlagsOverdueAndDueSoonCasesAndTriggersOneDigestADay() throws Throwable {
        CaseTables tables = new CaseTables(pool);
        String overdue = CaseTables.openCase("ACCESS");
        String dueSoon = CaseTables.openCase("ACCESS");
        setDueOn(tables, overdue, LocalDate.now(ZoneId.of("Europe/Berlin")).minusDays(1));
        setDueOn(tables, dueSoon, LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(6));

        VertxContextSupport.subscribeAndAwait(() -> deadlineWatch.watch(Instant.now()));
        boolean secondDigest = VertxContextSupport.subscribeAndAwait(() -> deadlineWatch.watch(Instant.now()));

        assertThat(tables.timelineEntries(overdue, "DEADLINE_OVERDUE")).isEqualTo(1);
        assertThat(tables.timelineEntries(dueSoon, "DEADLINE_DUE_SOON")).isEqualTo(1);
        assertThat(secondDigest).isFalse();
        String digestKey = "digest-" + LocalDate.now(ZoneId.of("Europe/Berlin"));
        assertThat(tables.outboxPayloads(digestKey, "deadline.digest-due")).singleElement()
                .satisfies(payload -> assertThat(payload).doesNotContain("@"));
        assistant().when().get("/api/cases/" + overdue).then().body("deadlineFlag", equalTo("OVERDUE"));
    }

    @Test
    void deadlineWatchClearsTheFlagOfACaseThatWasExtended() throws Throwable {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");
        setDueOn(tables, caseId, LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(3));
        VertxContextSupport.subscribeAndAwait(() -> deadlineWatch.watch(Instant.now()));
        assistant().when().get("/api/cases/" + caseId).then().body("deadlineFlag", equalTo("DUE_SOON"));

        assistant().body("{\"reasons\":\"complex request\"}").when().post("/api/cases/" + caseId + "/extension")
                .then().statusCode(200);
        VertxContextSupport.subscribeAndAwait(() -> deadlineWatch.watch(Instant.now()));

        assistant().when().get("/api/cases/" + caseId).then().body("deadlineFlag", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void openOverdueCasesComeBeforeEveryOtherCaseAcrossPages() {
        CaseTables tables = new CaseTables(pool);
        String closedLongAgo = CaseTables.openCase("RESTRICTION");
        String overdue = CaseTables.openCase("RESTRICTION");
        String dueLater = CaseTables.openCase("RESTRICTION");
        setDueOn(tables, closedLongAgo, berlinToday().minusDays(40));
        tables.execute("update dsr_case set status = 'CLOSED' where id = $1", Tuple.of(UUID.fromString(closedLongAgo)));
        setDueOn(tables, overdue, berlinToday().minusDays(1));
        setDueOn(tables, dueLater, berlinToday().plusDays(20));

        // one case per page: by due date alone the closed case would come first and the overdue one on a later page
        List<String> order = new ArrayList<>();
        List<Boolean> openAndOverdue = new ArrayList<>();
        int total = assistant().queryParam("type", "RESTRICTION").when().get("/api/cases")
                .then().statusCode(200).extract().path("total");
        for (int page = 0; page < total; page++) {
            var item = assistant().queryParam("type", "RESTRICTION").queryParam("size", 1).queryParam("page", page)
                    .when().get("/api/cases").then().statusCode(200).extract().jsonPath();
            order.add(item.getString("items[0].id"));
            openAndOverdue.add(!List.of("CLOSED", "RESPONDED", "REJECTED").contains(item.getString("items[0].status"))
                    && item.getInt("items[0].daysLeft") < 0);
        }

        assertThat(order).containsSubsequence(overdue, closedLongAgo).containsSubsequence(overdue, dueLater);
        assertThat(openAndOverdue.indexOf(false)).isEqualTo(openAndOverdue.lastIndexOf(true) + 1);
    }

    private static void setDueOn(CaseTables tables, String caseId, LocalDate dueOn) {
        tables.execute("update dsr_case set current_due_on = $1 where id = $2", Tuple.of(dueOn, UUID.fromString(caseId)));
    }

    /** Today where the deadlines are counted (the service's days left are German days, also after 23:00 UTC). */
    private static LocalDate berlinToday() {
        return LocalDate.now(DeadlineCalculator.BERLIN);
    }
}

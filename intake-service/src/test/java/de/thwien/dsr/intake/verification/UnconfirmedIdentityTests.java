package de.thwien.dsr.intake.verification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.cases.DeadlineWatch;
import de.thwien.dsr.intake.pages.FormSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * A verification link that expired unused: the case waits for the assistant (UNVERIFIED), the requester is told
 * after a grace of NRW working days, always before the due date, and a later confirmation goes on with the case and
 * its original deadline. The jobs are called with the moment they run at, as the scheduler would call them then.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class UnconfirmedIdentityTests {

    /** Wed 29 Apr 2026, 10:00 in Berlin: the grace of three working days skips Friday 1 May. */
    private static final Instant EXPIRED_BEFORE_MAY_DAY = Instant.parse("2026-04-29T08:00:00Z");

    @Inject
    Pool pool;

    @Inject
    IdentityVerifications verifications;

    @Inject
    DeadlineWatch deadlineWatch;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void expiredLinkPutsTheCaseOnTheDashboardAsUnverifiedAndInTriageAndTheDigest() throws Throwable {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ERASURE");
        expireNow(tables, caseId);

        asAssistant().get("/api/cases/" + caseId).then().statusCode(200)
                .body("status", equalTo("VERIFICATION_EXPIRED"))
                .body("attention", equalTo(List.of("UNVERIFIED")));
        String triage = FormSession.loggedInAs("assistant", "demo-assistant").get("/dashboard/triage").asString();
        assertThat(triage).contains("id=\"unverified\"", "id=\"unverified-" + caseId + "\"",
                "/dashboard/cases/" + caseId, "Löschung (Art. 17)");
        assertThat(section(triage, "unverified-" + caseId)).contains(dueOn(tables, caseId),
                noticeDate(Instant.now(), tables, caseId).toString());

        LocalDate day = LocalDate.of(1990, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000));
        VertxContextSupport.subscribeAndAwait(() -> deadlineWatch.watch(day.atTime(8, 0).toInstant(ZoneOffset.UTC)));
        JsonNode digest = json.readTree(tables.outboxPayloads("digest-" + day, "deadline.digest-due").get(0));
        assertThat(digest.get("attention")).anySatisfy(entry -> {
            assertThat(entry.get("caseId").asText()).isEqualTo(caseId);
            assertThat(entry.get("reason").asText()).isEqualTo("UNVERIFIED");
        });
    }

    @Test
    void requesterIsToldOnceOnTheThirdWorkingDayAfterTheExpiryNotBeforeAndMayDayDoesNotCount() throws Throwable {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");
        expireAt(tables, caseId, EXPIRED_BEFORE_MAY_DAY);

        noticesAt("2026-05-04T21:59:00Z");
        assertThat(tables.outboxEvents(caseId, "identity.unconfirmed")).as("Mon 4 May: grace not over").isZero();

        noticesAt("2026-05-04T22:00:00Z");
        noticesAt("2026-05-05T09:00:00Z");
        noticesAt("2026-05-06T09:00:00Z");

        List<String> notices = tables.outboxPayloads(caseId, "identity.unconfirmed");
        assertThat(notices).as("Tue 5 May, once").hasSize(1);
        JsonNode event = json.readTree(notices.get(0));
        assertThat(event.get("caseId").asText()).isEqualTo(caseId);
        assertThat(event.get("requestType").asText()).isEqualTo("ACCESS");
        assertThat(event.get("language").asText()).isEqualTo("de");
        assertThat(event.get("personal").get("email").asText()).endsWith("@example.org");
        assertThat(tables.timeline(caseId)).anySatisfy(entry -> assertThat(entry)
                .startsWith("IDENTITY_UNCONFIRMED_NOTICE|system|Notice that the identity was not confirmed issued"));
        assertThat(tables.status(caseId)).as("open, the deadline keeps running").isEqualTo("VERIFICATION_EXPIRED");
    }

    @Test
    void graceThatWouldReachTheDueDateEndsOnTheLastWorkingDayBeforeIt() throws Throwable {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");
        tables.execute("update dsr_case set due_on = '2026-05-04', current_due_on = '2026-05-04' where id = $1",
                Tuple.of(UUID.fromString(caseId)));
        expireAt(tables, caseId, EXPIRED_BEFORE_MAY_DAY);

        noticesAt("2026-04-29T21:00:00Z");
        assertThat(tables.outboxEvents(caseId, "identity.unconfirmed")).as("Wed 29 Apr").isZero();

        noticesAt("2026-04-30T06:00:00Z");
        assertThat(tables.outboxEvents(caseId, "identity.unconfirmed")).as("Thu 30 Apr, before Fri 1 May")
                .isEqualTo(1);
    }

    @Test
    void newLinkPutsTheCaseBackToAwaitingVerificationRefusesTheOldLinkAndCancelsTheNotice() throws Throwable {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");
        String dueBefore = dueOn(tables, caseId);
        String oldToken = tables.verificationToken(caseId);
        expireNow(tables, caseId);

        asAssistant().contentType("application/json").post("/api/cases/" + caseId + "/verification-link")
                .then().statusCode(200)
                .body("status", equalTo("AWAITING_VERIFICATION"))
                .body("attention", empty());

        assertThat(tables.outboxPayloads(caseId, "verification.requested")).hasSize(2);
        String newToken = CaseTables.tokenIn(tables.outboxPayloads(caseId, "verification.requested").get(1));
        given().when().post("/api/verification/" + oldToken).then().statusCode(410)
                .contentType("application/problem+json");
        given().accept("application/json").when().get("/api/verification/" + oldToken).then().statusCode(200)
                .body("state", equalTo("EXPIRED"));
        noticesAt(Instant.now().plus(Duration.ofDays(30)).toString());
        assertThat(tables.outboxEvents(caseId, "identity.unconfirmed")).isZero();
        assertThat(tables.timeline(caseId)).anySatisfy(entry -> assertThat(entry)
                .startsWith("VERIFICATION_LINK_RENEWED|assistant|New verification link issued"));

        given().when().post("/api/verification/" + newToken).then().statusCode(200);

        assertThat(tables.status(caseId)).isEqualTo("VERIFIED");
        assertThat(dueOn(tables, caseId)).isEqualTo(dueBefore);
        assertThat(tables.timeline(caseId)).anySatisfy(entry -> assertThat(entry)
                .startsWith("IDENTITY_VERIFIED|requester|").contains("original deadline", dueBefore));
        assertThat(tables.outboxEvents(caseId, "identity.verified")).isEqualTo(1);
    }

    @Test
    void manualVerificationAfterTheExpiryGoesOnWithTheOriginalDueDateAndSendsNoNotice() throws Throwable {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ERASURE");
        String dueBefore = dueOn(tables, caseId);
        expireNow(tables, caseId);

        asAssistant().contentType("application/json").body(Map.of("note", "called back on the known number"))
                .post("/api/cases/" + caseId + "/verification").then().statusCode(200)
                .body("status", equalTo("VERIFIED"))
                .body("currentDueOn", equalTo(dueBefore))
                .body("attention", empty());
        noticesAt(Instant.now().plus(Duration.ofDays(30)).toString());

        assertThat(tables.outboxEvents(caseId, "identity.unconfirmed")).isZero();
        assertThat(tables.outboxEvents(caseId, "identity.verified")).isEqualTo(1);
        assertThat(tables.timeline(caseId)).anySatisfy(entry -> assertThat(entry)
                .startsWith("IDENTITY_VERIFIED|assistant|").contains("original deadline", dueBefore));
    }

    @Test
    void theCasePageSendsANewLink() throws Throwable {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");
        expireNow(tables, caseId);
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;
        assertThat(assistant.get(page).asString()).contains("action=\"" + page + "/actions/verification-link\"");

        Response response = assistant.submit(page, page + "/actions/verification-link", Map.of());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(tables.status(caseId)).isEqualTo("AWAITING_VERIFICATION");
        assertThat(tables.outboxEvents(caseId, "verification.requested")).isEqualTo(2);
    }

    @Test
    void aVerifiedCaseGetsNoNewLink() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");
        given().when().post("/api/verification/" + tables.verificationToken(caseId)).then().statusCode(200);

        asAssistant().contentType("application/json").post("/api/cases/" + caseId + "/verification-link")
                .then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("VERIFIED"));
        assertThat(tables.outboxEvents(caseId, "verification.requested")).isEqualTo(1);
    }

    private void expireNow(CaseTables tables, String caseId) throws Throwable {
        tables.execute("update identity_verification set expires_at = now() - interval '1 minute' where case_id = $1",
                Tuple.of(UUID.fromString(caseId)));
        VertxContextSupport.subscribeAndAwait(() -> verifications.expire(Instant.now()));
        assertThat(tables.status(caseId)).isEqualTo("VERIFICATION_EXPIRED");
    }

    private void expireAt(CaseTables tables, String caseId, Instant at) throws Throwable {
        tables.execute("update identity_verification set requested_at = $2, reminded_at = $2, expires_at = $2"
                + " where case_id = $1", Tuple.of(UUID.fromString(caseId), at.minusSeconds(60)
                        .atOffset(ZoneOffset.UTC)));
        VertxContextSupport.subscribeAndAwait(() -> verifications.expire(at));
        assertThat(tables.status(caseId)).isEqualTo("VERIFICATION_EXPIRED");
    }

    private void noticesAt(String instant) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> verifications.noticeUnconfirmed(Instant.parse(instant)));
    }

    private LocalDate noticeDate(Instant expiredAt, CaseTables tables, String caseId) {
        return new UnverifiedGrace(3).noticeOn(expiredAt.atZone(java.time.ZoneId.of("Europe/Berlin")).toLocalDate(),
                LocalDate.parse(dueOn(tables, caseId)));
    }

    /** The HTML of the element with the id, up to the end of its table row. */
    private static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }

    private String dueOn(CaseTables tables, String caseId) {
        return pool.preparedQuery("select current_due_on::text from dsr_case where id = $1")
                .execute(Tuple.of(UUID.fromString(caseId))).await().indefinitely().iterator().next().getString(0);
    }

    private static io.restassured.specification.RequestSpecification asAssistant() {
        return given().auth().preemptive().basic("assistant", "demo-assistant");
    }
}

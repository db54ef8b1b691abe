package de.thwien.dsr.intake.casework;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.deadlines.DeadlineCalculator;
import de.thwien.dsr.intake.pages.FormSession;
import de.thwien.dsr.intake.verification.UnverifiedGrace;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A refusal because the identity was not confirmed (Art. 12(2), (6) GDPR) comes only once the requester can no
 * longer confirm it: her link expired and the grace after it passed, the rule by which the automatic notice goes out
 * ({@link UnverifiedGrace}). The link of a refused request says that it was refused, never that it was used.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class IdentityRefusalTests {

    @Inject
    Pool pool;

    @ConfigProperty(name = "dsr.verification.unverified-grace")
    int graceWorkingDays;

    private static RequestSpecification assistant() {
        return given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON);
    }

    private static final String UNCONFIRMED = "{\"reasonCode\":\"IDENTITY_NOT_CONFIRMED\","
            + "\"reasons\":\"She did not confirm her address.\"}";

    @Test
    void refusalForAnUnconfirmedIdentityMinutesAfterTheLinkWentOutIsRefusedAndTheLinkStillConfirms() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ERASURE");
        String token = tables.verificationToken(caseId);

        assistant().body(UNCONFIRMED).when().post("/api/cases/" + caseId + "/rejection")
                .then().statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Identity can still be confirmed"))
                .body("detail", containsString("is possible from"));
        FormSession dashboard = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;
        Response refused = dashboard.submit(page, page + "/actions/reject",
                Map.of("reasonCode", "IDENTITY_NOT_CONFIRMED", "text", "She did not confirm her address."));
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.asString()).contains("Die Antragstellerin kann ihre Identität noch bestätigen");

        assertThat(tables.outboxEvents(caseId, "request.rejected")).isZero();
        given().when().post("/api/verification/" + token).then().statusCode(200).body("status", equalTo("VERIFIED"));
    }

    @Test
    void refusalForAnUnconfirmedIdentityWaitsForTheDayTheAutomaticNoticeWouldGoOut() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");
        // the link ran out yesterday: the grace of working days after it has not passed
        tables.execute("update identity_verification set expires_at = now() - interval '1 day' where case_id = $1",
                Tuple.of(UUID.fromString(caseId)));
        LocalDate today = LocalDate.now(DeadlineCalculator.BERLIN);
        LocalDate dueOn = pool.preparedQuery("select current_due_on from dsr_case where id = $1")
                .execute(Tuple.of(UUID.fromString(caseId))).await().indefinitely().iterator().next().getLocalDate(0);
        LocalDate noticeOn = new UnverifiedGrace(graceWorkingDays).noticeOn(today.minusDays(1), dueOn);

        assertThat(noticeOn).isAfter(today);
        assistant().body(UNCONFIRMED).when().post("/api/cases/" + caseId + "/rejection")
                .then().statusCode(409).body("detail", containsString("is possible from " + noticeOn));
        assertThat(tables.outboxEvents(caseId, "request.rejected")).isZero();
        // the case page shows the day beside the refusal form, whose reason is not offered before it
        String page = FormSession.loggedInAs("assistant", "demo-assistant").get("/dashboard/cases/" + caseId)
                .asString();
        assertThat(page).contains("id=\"identity-refusable-from\"", "Ablehnung wegen nicht bestätigter Identität erst"
                        + " möglich ab (bis dahin kann die Person sie noch bestätigen): " + noticeOn)
                .contains("<option value=\"IDENTITY_NOT_CONFIRMED\" disabled>");
    }

    @Test
    void refusalForAnUnconfirmedIdentityIsTakenOnceTheLinkExpiredAndItsGracePassedAndTheLinkThenSaysSo() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ERASURE");
        String token = tables.verificationToken(caseId);
        tables.execute("update identity_verification set requested_at = now() - interval '17 days',"
                + " expires_at = now() - interval '10 days', expired_at = now() - interval '10 days'"
                + " where case_id = $1", Tuple.of(UUID.fromString(caseId)));

        assertThat(FormSession.loggedInAs("assistant", "demo-assistant").get("/dashboard/cases/" + caseId).asString())
                .doesNotContain("id=\"identity-refusable-from\"")
                .contains("<option value=\"IDENTITY_NOT_CONFIRMED\">");
        assistant().body(UNCONFIRMED).when().post("/api/cases/" + caseId + "/rejection")
                .then().statusCode(200).body("status", equalTo("REJECTED"));
        assertThat(tables.outboxEvents(caseId, "request.rejected")).isEqualTo(1);

        assertLinkSaysRefused(caseId, token);
    }

    @Test
    void theStillValidLinkOfARequestRefusedForAnotherReasonSaysItWasRefusedNotUsed() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ERASURE");
        String token = tables.verificationToken(caseId);

        assistant().body("{\"reasonCode\":\"EXCESSIVE\",\"reasons\":\"fifth identical request this month\"}")
                .when().post("/api/cases/" + caseId + "/rejection").then().statusCode(200);

        assertLinkSaysRefused(caseId, token);
    }

    @Test
    void aConfirmedIdentityCannotBeRefusedAsUnconfirmed() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");
        given().when().post("/api/verification/" + tables.verificationToken(caseId)).then().statusCode(200);

        assistant().body(UNCONFIRMED).when().post("/api/cases/" + caseId + "/rejection")
                .then().statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Identity confirmed"));
        assertThat(tables.outboxEvents(caseId, "request.rejected")).isZero();
    }

    /** Her link, opened and used, in German and English: refused, not used; nothing verified. */
    private void assertLinkSaysRefused(String caseId, String token) {
        FormSession requester = FormSession.anonymous();
        String german = requester.get("/api/verification/" + token).asString();
        String english = FormSession.anonymous().get("/api/verification/" + token + "?lang=en").asString();
        Response used = requester.post("/verification/" + token,
                Map.of("csrf-token", requester.csrfToken("/request")));

        assertThat(german).contains("Ihr Antrag wurde abgelehnt: Wir werden auf ihn hin nicht tätig")
                .doesNotContain("bereits verwendet");
        assertThat(english).contains("Your request was refused: we will not act on it")
                .doesNotContain("already been used");
        assertThat(used.statusCode()).isEqualTo(409);
        assertThat(used.asString()).contains("Ihr Antrag wurde abgelehnt").doesNotContain("bereits verwendet");
        given().accept(ContentType.JSON).when().get("/api/verification/" + token)
                .then().statusCode(200).body("state", equalTo("REFUSED"));
        given().when().post("/api/verification/" + token)
                .then().statusCode(409).contentType("application/problem+json").body("title", equalTo("Request refused"));
        assertThat(new CaseTables(pool).outboxEvents(caseId, "identity.verified")).isZero();
        assertThat(new CaseTables(pool).status(caseId)).isEqualTo("REJECTED");
    }
}

package de.thwien.dsr.intake.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.CaseTables;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The review of issue #19: the assistant finds a case by the reference the requester quotes ({@code DSR-…}) and sees
 * it on the list and the case page; an English request's status link is the same in the API as in the mail; the
 * case page offers only actions the case's state allows (no second extension, none once the answer is on its way, no
 * closing of a case still open) and the erasure plan only where there is one.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class CasePageReviewTests {

    @Inject
    Pool pool;

    @Test
    void theAssistantFindsACaseByTheReferenceOurNoticesQuoteInUpperOrLowerCaseAndSeesIt() {
        String caseId = CaseTables.openCase("ERASURE");
        String reference = "DSR-" + caseId.substring(0, 8).toUpperCase(Locale.ROOT);
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        Response upper = assistant.get("/dashboard/cases?q=" + reference);
        Response lower = assistant.get("/dashboard/cases?q=" + reference.toLowerCase(Locale.ROOT));

        assertThat(upper.statusCode()).isEqualTo(200);
        assertThat(upper.asString()).contains("/dashboard/cases/" + caseId, reference);
        assertThat(lower.statusCode()).isEqualTo(200);
        assertThat(lower.asString()).contains("/dashboard/cases/" + caseId);
        assertThat(assistant.get("/dashboard/cases/" + caseId).asString()).contains(reference);
    }

    @Test
    void theApiFindsACaseByItsReferenceToo() {
        String caseId = CaseTables.openCase("ACCESS");

        given().auth().preemptive().basic("assistant", "demo-assistant")
                .queryParam("q", "dsr-" + caseId.substring(0, 8)).when().get("/api/cases")
                .then().statusCode(200).body("items.id", org.hamcrest.Matchers.hasItem(caseId));
    }

    @Test
    void aSearchThatIsNoCaseReferenceIsRefusedInThePagesLanguage() {
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        Response german = assistant.get("/dashboard/cases?q=Meier");
        Response english = assistant.get("/dashboard/cases?lang=en&q=Meier");

        assertThat(german.statusCode()).isEqualTo(400);
        assertThat(german.asString()).contains("Vorgangsnummer").doesNotContain("must be part of a case id");
        assertThat(english.statusCode()).isEqualTo(400);
        assertThat(english.asString()).contains("case reference");
    }

    @Test
    void theStatusUrlOfAnEnglishRequestCarriesTheLanguageAsTheMailsLinkDoes() {
        String statusUrl = given().contentType(ContentType.JSON)
                .header("X-Forwarded-For", CaseTables.uniqueClientAddress())
                .body("{\"type\":\"ACCESS\",\"email\":\"" + CaseTables.uniqueEmail() + "\",\"language\":\"en\"}")
                .when().post("/api/requests").then().statusCode(202).extract().path("statusUrl");

        assertThat(statusUrl).contains("/status/").endsWith("?lang=en");
    }

    @Test
    void anAnsweredCaseOffersNeitherExtensionNorRejectionNorManualVerification() {
        String caseId = CaseTables.openCase("ACCESS");
        new CaseTables(pool).execute("update dsr_case set status = 'RESPONDED' where id = $1",
                Tuple.of(UUID.fromString(caseId)));
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        String html = assistant.get(page).asString();

        assertThat(html).doesNotContain("action=\"" + page + "/actions/extend\"",
                "action=\"" + page + "/actions/reject\"", "action=\"" + page + "/actions/verify\"")
                .contains("action=\"" + page + "/actions/close\"", "action=\"" + page + "/actions/note\"");
    }

    @Test
    void anOpenCaseStillOffersExtensionRejectionAndManualVerification() {
        String caseId = CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        String html = assistant.get(page).asString();

        assertThat(html).contains("action=\"" + page + "/actions/extend\"", "action=\"" + page + "/actions/reject\"",
                "action=\"" + page + "/actions/verify\"");
    }

    @Test
    void aCaseWhoseDeadlineWasExtendedNoLongerOffersTheExtension() {
        String caseId = CaseTables.openCase("ACCESS");
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"reasons\":\"many archives to search\"}").when().post("/api/cases/" + caseId + "/extension")
                .then().statusCode(200);
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        assertThat(assistant.get(page).asString()).doesNotContain("action=\"" + page + "/actions/extend\"")
                .contains("action=\"" + page + "/actions/reject\"");
    }

    @Test
    void aSecondExtensionFromThePageIsRefusedInThePagesLanguage() {
        String caseId = CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;
        assertThat(assistant.submit(page, page + "/actions/extend", Map.of("text", "many archives"))
                .statusCode()).isEqualTo(303);

        Response second = assistant.submit(page, page + "/actions/extend", Map.of("text", "again"));

        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.asString()).contains("schon verlängert").doesNotContain("has already been extended");
    }

    @Test
    void anOpenCaseDoesNotOfferClosingItWhichTheStateMachineRefuses() {
        String caseId = CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        assertThat(assistant.get(page).asString()).doesNotContain("action=\"" + page + "/actions/close\"")
                .contains("action=\"" + page + "/actions/note\"");
    }

    @Test
    void aCaseWhoseAnswerIsOnItsWayNeitherOffersNorAcceptsAnExtension() {
        String caseId = CaseTables.openCase("ACCESS");
        UUID id = UUID.fromString(caseId);
        CaseTables tables = new CaseTables(pool);
        tables.execute("update dsr_case set status = 'IN_PROGRESS' where id = $1", Tuple.of(id));
        // the access copy is ready: notifier-service is sending the answer
        tables.execute("insert into case_timeline_entry (case_id, occurred_at, kind, detail, actor)"
                + " values ($1, now(), 'ACCESS_PACKAGE_READY', 'Access package ready', 'subject-index-service')",
                Tuple.of(id));
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        assertThat(assistant.get(page).asString()).doesNotContain("action=\"" + page + "/actions/extend\"");
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"reasons\":\"many archives to search\"}").when().post("/api/cases/" + caseId + "/extension")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:thwien:dsr:refusal:AnswerAlreadyGoingOut"));
        Response fromThePage = assistant.submit(page, page + "/actions/extend", Map.of("text", "many archives"));
        assertThat(fromThePage.statusCode()).isEqualTo(409);
        assertThat(fromThePage.asString()).contains("schon verschickt oder wird gerade verschickt");
        assertThat(tables.timelineEntries(caseId, "DEADLINE_EXTENDED")).isZero();
    }

    @Test
    void anAccessCaseShowsNoErasurePlanSectionButAnErasureCaseDoes() {
        String access = CaseTables.openCase("ACCESS");
        String erasure = CaseTables.openCase("ERASURE");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        String accessPage = assistant.get("/dashboard/cases/" + access + "?lang=en").asString();
        String erasurePage = assistant.get("/dashboard/cases/" + erasure + "?lang=en").asString();

        assertThat(accessPage).doesNotContain("<h2>Erasure plan</h2>");
        assertThat(erasurePage).contains("<h2>Erasure plan</h2>");
    }
}

package de.thwien.dsr.intake.casework;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.pages.FormSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The assistant sets the kind of a request the software could not assign (UNCLASSIFIED): once, while the case is
 * open, with its receipt and deadline kept, and the case goes on as a request of that kind.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class RequestClassificationTests {

    @Inject
    Pool pool;

    private static RequestSpecification assistant() {
        return given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON);
    }

    private static Response setType(String caseId, String body) {
        return assistant().body(body).when().put("/api/cases/" + caseId + "/type");
    }

    @Test
    void settingTheTypeKeepsReceiptAndDeadlineAnnouncesItAndNamesTheAssistant() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.registerUnclassifiedLetter();
        JsonPath before = assistant().when().get("/api/cases/" + caseId).then().statusCode(200)
                .body("type", equalTo("UNCLASSIFIED")).extract().jsonPath();

        setType(caseId, "{\"type\":\"ACCESS\"}").then().statusCode(200)
                .body("type", equalTo("ACCESS"))
                .body("status", equalTo(before.getString("status")))
                .body("receivedAt", equalTo(before.getString("receivedAt")))
                .body("dueOn", equalTo(before.getString("dueOn")))
                .body("currentDueOn", equalTo(before.getString("currentDueOn")))
                .body("extendedDueOn", equalTo(before.getString("extendedDueOn")));

        assertThat(tables.timeline(caseId)).anySatisfy(entry -> assertThat(entry)
                .startsWith("REQUEST_CLASSIFIED|assistant|Kind of request set to ACCESS; still due on "
                        + before.getString("currentDueOn")));
        assertThat(tables.outboxPayloads(caseId, "request.classified")).singleElement().satisfies(payload ->
                assertThat(payload).contains("\"requestType\":\"ACCESS\"",
                        "\"dueOn\":\"" + before.getString("currentDueOn") + "\"",
                        "\"receivedOn\":\"" + before.getString("receivedOn") + "\"", "@example.org"));
    }

    @Test
    void theTypeIsSetOnlyOnce() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.registerUnclassifiedLetter();
        setType(caseId, "{\"type\":\"ERASURE\"}").then().statusCode(200);

        setType(caseId, "{\"type\":\"ACCESS\"}").then().statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Kind of request already set"))
                .body("detail", containsString("type ERASURE already"));

        assistant().when().get("/api/cases/" + caseId).then().body("type", equalTo("ERASURE"));
        assertThat(tables.outboxEvents(caseId, "request.classified")).isEqualTo(1);
    }

    @Test
    void aCaseTheClassifierAssignedIsNotClassifiedAgain() {
        String caseId = CaseTables.openCase("PORTABILITY");

        setType(caseId, "{\"type\":\"ACCESS\"}").then().statusCode(409)
                .body("detail", containsString("type PORTABILITY already"));
    }

    @Test
    void unclassifiedIsNoKindToSetAndAGroundBelongsToARestrictionOnly() {
        String caseId = CaseTables.registerUnclassifiedLetter();

        setType(caseId, "{\"type\":\"UNCLASSIFIED\"}").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("type"));
        setType(caseId, "{}").then().statusCode(400).body("violations.field", hasItem("type"));
        setType(caseId, "{\"type\":\"ERASURE\",\"restrictionGround\":\"UNLAWFUL_PROCESSING\"}").then()
                .statusCode(400).body("violations.field", hasItem("restrictionGround"));
        setType(caseId, "{\"type\":\"ERASURE\",\"kind\":\"x\"}").then().statusCode(400);

        assistant().when().get("/api/cases/" + caseId).then().body("type", equalTo("UNCLASSIFIED"));
    }

    @Test
    void aRestrictionKeepsItsGroundOrWaitsForIt() {
        CaseTables tables = new CaseTables(pool);
        String withGround = CaseTables.registerUnclassifiedLetter();
        String withoutGround = CaseTables.registerUnclassifiedLetter();

        setType(withGround, "{\"type\":\"RESTRICTION\",\"restrictionGround\":\"NEEDED_FOR_LEGAL_CLAIMS\"}").then()
                .statusCode(200).body("attention", org.hamcrest.Matchers.not(hasItem("RESTRICTION_GROUND_MISSING")));
        setType(withoutGround, "{\"type\":\"RESTRICTION\"}").then().statusCode(200)
                .body("attention", hasItem("RESTRICTION_GROUND_MISSING"));

        assertThat(tables.outboxPayloads(withGround, "request.classified")).singleElement().satisfies(payload ->
                assertThat(payload).contains("\"restrictionGround\":\"NEEDED_FOR_LEGAL_CLAIMS\""));
        assertThat(tables.timeline(withGround)).anySatisfy(entry -> assertThat(entry)
                .startsWith("REQUEST_CLASSIFIED|assistant|Kind of request set to RESTRICTION"
                        + " (ground of Art. 18(1)(c) GDPR)"));
    }

    @Test
    void aRefusedOrClosedCaseKeepsItsType() {
        String caseId = CaseTables.registerUnclassifiedLetter();
        assistant().body("{\"reasonCode\":\"MANIFESTLY_UNFOUNDED\",\"reasons\":\"an advertisement, no request\"}")
                .when().post("/api/cases/" + caseId + "/rejection").then().statusCode(200);

        setType(caseId, "{\"type\":\"ACCESS\"}").then().statusCode(409).contentType("application/problem+json")
                .body("title", equalTo("Case no longer open")).body("detail", containsString("REJECTED"));

        assistant().body("{}").when().post("/api/cases/" + caseId + "/closure").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        setType(caseId, "{\"type\":\"ACCESS\"}").then().statusCode(409).body("detail", containsString("CLOSED"));
        assistant().when().get("/api/cases/" + caseId).then().body("type", equalTo("UNCLASSIFIED"));
    }

    @Test
    void aVerifiedUnclassifiedCaseWaitsAndGoesOnWithItsNewTypeOnceSet() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.registerUnclassifiedLetter();

        assistant().body("{\"note\":\"known customer, called back\"}")
                .when().post("/api/cases/" + caseId + "/verification").then().statusCode(200)
                .body("status", equalTo("VERIFIED"));
        assertThat(tables.outboxEvents(caseId, "identity.verified"))
                .as("nobody searches for her data while nobody knows what she asks for").isZero();
        assertThat(tables.timeline(caseId)).anySatisfy(entry -> assertThat(entry).startsWith("IDENTITY_VERIFIED|")
                .contains("; the search for her data waits until the kind of request is set"));

        setType(caseId, "{\"type\":\"ERASURE\"}").then().statusCode(200).body("status", equalTo("VERIFIED"));

        assertThat(tables.outboxPayloads(caseId, "identity.verified")).singleElement().satisfies(payload ->
                assertThat(payload).contains("\"requestType\":\"ERASURE\"", "\"method\":\"MANUAL\""));
        assertThat(tables.timeline(caseId)).anySatisfy(entry -> assertThat(entry).startsWith("REQUEST_CLASSIFIED|")
                .contains("identity confirmed before: the search for her data starts"));
    }

    @Test
    void aTypeSetBeforeTheConfirmationGoesWithIt() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.registerUnclassifiedLetter();

        setType(caseId, "{\"type\":\"ACCESS\"}").then().statusCode(200);
        assertThat(tables.outboxEvents(caseId, "identity.verified")).isZero();
        given().when().post("/api/verification/" + tables.verificationToken(caseId)).then().statusCode(200);

        assertThat(tables.outboxPayloads(caseId, "identity.verified")).singleElement().satisfies(payload ->
                assertThat(payload).contains("\"requestType\":\"ACCESS\"", "\"method\":\"EMAIL_LINK\""));
    }

    @Test
    void theCasePageShowsTheRequestTextAndSetsTheTypeInGerman() {
        CaseTables tables = new CaseTables(pool);
        String caseId = given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body(Map.of("type", "UNCLASSIFIED", "channel", "LETTER", "receivedAt",
                        java.time.Instant.now().minusSeconds(60).toString(), "email", CaseTables.uniqueEmail(),
                        "name", "Test Requester", "note", "Brief: Was wissen Sie über mich? <b>bitte</b>"))
                .when().post("/api/cases").then().statusCode(201).extract().path("id");
        FormSession session = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        String before = session.get(page).asString();
        assertThat(before).contains("id=\"request-text\"", "Das Schreiben der Person im Wortlaut",
                "Brief: Was wissen Sie über mich? &lt;b&gt;bitte&lt;/b&gt;", "id=\"classification\"",
                "action=\"/dashboard/cases/" + caseId + "/actions/type\"", "Art des Antrags festlegen",
                "<option value=\"ACCESS\">Auskunft (Art. 15)</option>")
                .doesNotContain("<option value=\"UNCLASSIFIED\"");

        String english = session.get(page + "?lang=en").asString();
        assertThat(english).contains("message as written", "Set the kind of request", "Set kind");
        // the language chosen sticks to the session: back to German for the rest
        session.get(page + "?lang=de");

        Response unclassified = session.submit(page, page + "/actions/type", Map.of("type", "UNCLASSIFIED"));
        assertThat(unclassified.statusCode()).isEqualTo(400);
        assertThat(unclassified.asString()).contains("„Nicht zugeordnet“ ist keine Art von Antrag");

        Response set = session.submit(page, page + "/actions/type", Map.of("type", "ACCESS",
                "restrictionGround", ""));
        assertThat(set.statusCode()).isEqualTo(303);
        String after = session.get(page).asString();
        assertThat(after).contains("Auskunft (Art. 15)", "Art des Antrags festgelegt", "Als Auskunft (Art. 15)"
                + " festgelegt; Eingang und Frist bleiben").doesNotContain("id=\"classification\"");
        assertThat(tables.timeline(caseId)).anySatisfy(entry -> assertThat(entry)
                .startsWith("REQUEST_CLASSIFIED|assistant|"));

        Response again = session.submit(page, page + "/actions/type", Map.of("type", "ERASURE"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.asString()).contains("Die Art dieses Antrags ist schon festgelegt.");
    }

    @Test
    void theCaseFileCarriesTheRequestText() {
        String caseId = given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body(Map.of("type", "UNCLASSIFIED", "channel", "LETTER", "receivedAt",
                        java.time.Instant.now().minusSeconds(60).toString(), "note", "Brief ohne klare Bitte"))
                .when().post("/api/cases").then().statusCode(201).extract().path("id");

        assistant().when().get("/api/cases/" + caseId + "/file").then().statusCode(200)
                .body("message", equalTo("Brief ohne klare Bitte"));
        assistant().when().get("/api/cases/" + caseId).then().statusCode(200)
                .body("requester.message", org.hamcrest.Matchers.nullValue());
    }
}

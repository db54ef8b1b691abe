package de.thwien.dsr.subjectindex;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** The assistant's side of the name-match review over subject-index's API, as the dashboard calls it. */
public final class NameMatchDecisions {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private NameMatchDecisions() {
    }

    /** The case's review once its answer waits on it. */
    public static JsonPath awaitWaitingReview(String caseId) {
        JsonPath[] review = new JsonPath[1];
        await().atMost(PATIENCE).until(() -> {
            var response = given().auth().preemptive().basic("assistant", "demo-assistant")
                    .when().get("/api/cases/" + caseId + "/name-matches");
            if (response.statusCode() != 200) {
                return false;
            }
            review[0] = response.jsonPath();
            return review[0].getBoolean("waiting");
        });
        return review[0];
    }

    /**
     * Waits for the review and rejects every match still open as another person's; a mail with other people's data
     * still open is included as stored (the copy as before Art. 15(4) was checked).
     */
    public static void rejectEveryOpenMatch(String caseId) {
        JsonPath review = awaitWaitingReview(caseId);
        List<Map<String, Object>> matches = review.getList("matches");
        matches.stream().filter(match -> match.get("decision") == null)
                .forEach(match -> decide(caseId, ((Number) match.get("id")).longValue(),
                        "{\"decision\":\"REJECTED\",\"reasonCode\":\"NOT_THE_REQUESTER\"}", 200));
        includeEveryOpenMailWithOthersData(caseId, review);
    }

    /** Includes every mail with other people's data still open in the review as stored. */
    public static void includeEveryOpenMailWithOthersData(String caseId, JsonPath review) {
        List<Map<String, Object>> mails = review.getList("othersData");
        mails.stream().filter(mail -> mail.get("decision") == null)
                .forEach(mail -> decide(caseId, ((Number) mail.get("id")).longValue(),
                        "{\"decision\":\"INCLUDE\"}", 200));
    }

    /** Posts a decision as the assistant and expects the status. */
    public static String decide(String caseId, long matchId, String body, int status) {
        return given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body(body).when().post("/api/cases/" + caseId + "/name-matches/" + matchId)
                .then().statusCode(status).extract().asString();
    }
}

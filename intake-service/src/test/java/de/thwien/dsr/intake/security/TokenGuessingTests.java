package de.thwien.dsr.intake.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * Guessing status, verification and access links is limited per client address: 20 unknown tokens
 * (dsr.token-links.max-misses) in the window, then 429 problem+json on every token link. Each test is its own
 * client (X-Forwarded-For is trusted in %test).
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class TokenGuessingTests {

    @Test
    void afterTwentyUnknownTokensTheClientGets429OnEveryTokenLink() {
        String guesser = "203.0.113.11";
        for (int i = 0; i < 20; i++) {
            String path = i % 2 == 0 ? "/api/status/guess" + i : "/status/guess" + i;
            given().header("X-Forwarded-For", guesser).when().get(path).then().statusCode(404);
        }
        given().header("X-Forwarded-For", guesser).when().get("/api/status/guess-21")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).body("status", equalTo(429));
        given().header("X-Forwarded-For", guesser).when().post("/api/verification/guess-22")
                .then().statusCode(429).contentType("application/problem+json");
        given().header("X-Forwarded-For", guesser).when().get("/access/guess-23").then().statusCode(429);
    }

    @Test
    void anotherClientIsNotLimitedByAGuesser() {
        for (int i = 0; i < 21; i++) {
            given().header("X-Forwarded-For", "203.0.113.12").when().get("/api/verification/guess" + i);
        }
        given().header("X-Forwarded-For", "203.0.113.13").when().get("/api/verification/guess")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void reloadingOnesOwnStatusLinkIsNeverLimited() {
        String requester = "203.0.113.14";
        String statusUrl = given().header("X-Forwarded-For", requester).contentType(ContentType.JSON)
                .body("{\"type\":\"ACCESS\",\"email\":\"reload@example.org\",\"language\":\"en\"}")
                .when().post("/api/requests")
                .then().statusCode(202).body("statusUrl", startsWith("http://localhost/status/"))
                .extract().path("statusUrl");
        String token = statusUrl.substring(statusUrl.lastIndexOf('/') + 1);
        for (int i = 0; i < 25; i++) {
            given().header("X-Forwarded-For", requester).when().get("/api/status/" + token).then().statusCode(200);
        }
    }
}

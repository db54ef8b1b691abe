package de.thwien.dsr.subjectindex.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Guessing access-package links: 20 unknown tokens per client address, then 429 problem+json. */
@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class DownloadGuessingTests {

    @Test
    void afterTwentyUnknownDownloadLinksTheClientGets429() {
        for (int i = 0; i < 20; i++) {
            given().header("X-Forwarded-For", "203.0.113.21").when().get("/access-packages/guess" + i)
                    .then().statusCode(404);
        }
        given().header("X-Forwarded-For", "203.0.113.21").when().get("/access-packages/guess")
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", notNullValue()).body("status", equalTo(429));
        given().header("X-Forwarded-For", "203.0.113.22").when().get("/access-packages/guess")
                .then().statusCode(404);
    }
}

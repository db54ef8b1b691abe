package de.thwien.dsr.erasure.stores;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The wellness health group tells the truth about each store erasure-service writes to (checked every second in
 * tests), while readiness stays about PostgreSQL and Kafka.
 */
@QuarkusTest
@QuarkusTestResource(value = ConferenceStoreTestResource.class, restrictToAnnotatedClass = true)
class StoreHealthTests {

    /** The next check (every 3 s in tests) and the check itself, which takes seconds on a loaded machine. */
    private static final Duration ONE_CHECK_INTERVAL = Duration.ofSeconds(15);

    @Test
    void aFailingBbbApiTurnsTheConferenceStoreDownWithinOneCheckWhileReadinessStaysUpAndItComesBack() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/well")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'conference' }.status", equalTo("UP")));

        ConferenceStoreTestResource.bbb().answerFailed("internalError");
        try {
            await().atMost(ONE_CHECK_INTERVAL).untilAsserted(() -> given().get("/q/health/well")
                    .then().statusCode(503).body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'conference' }.data.error",
                            equalTo("conference unavailable: BBB API getMeetings answered FAILED (internalError)"))
                    .body("checks.find { it.name == 'conference' }.data.downSince", notNullValue()));
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            ConferenceStoreTestResource.bbb().answerFailed(null);
        }

        await().atMost(ONE_CHECK_INTERVAL).untilAsserted(() -> given().get("/q/health/well")
                .then().statusCode(200).body("status", equalTo("UP")));
    }
}

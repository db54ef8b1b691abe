package de.thwien.dsr.erasure.stores;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import de.thwien.dsr.erasure.testing.SeededConferenceTestResource;
import de.thwien.dsr.erasure.testing.WithSeededConferenceStore;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The wellness health group tells the truth about each store erasure-service writes to (checked every second in
 * tests), while readiness stays about PostgreSQL and Kafka. The conference store is the seeded one of
 * {@link de.thwien.dsr.erasure.withdrawal.ConsentWithdrawalTests} (same profile, same Quarkus start); the health
 * check only asks its database {@code select 1} and the BBB API for its meetings.
 */
@QuarkusTest
@TestProfile(WithSeededConferenceStore.class)
class StoreHealthTests {

    /** The next check (every 3 s in tests) and the check itself, which takes seconds on a loaded machine. */
    private static final Duration ONE_CHECK_INTERVAL = Duration.ofSeconds(15);

    @Test
    void aFailingBbbApiTurnsTheConferenceStoreDownWithinOneCheckWhileReadinessStaysUpAndItComesBack() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/well")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.find { it.name == 'conference' }.status", equalTo("UP")));

        SeededConferenceTestResource.bbb().answerFailed("internalError");
        try {
            await().atMost(ONE_CHECK_INTERVAL).untilAsserted(() -> given().get("/q/health/well")
                    .then().statusCode(503).body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'conference' }.data.error",
                            equalTo("conference unavailable: BBB API getMeetings answered FAILED (internalError)"))
                    .body("checks.find { it.name == 'conference' }.data.downSince", notNullValue()));
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            SeededConferenceTestResource.bbb().answerFailed(null);
        }

        await().atMost(ONE_CHECK_INTERVAL).untilAsserted(() -> given().get("/q/health/well")
                .then().statusCode(200).body("status", equalTo("UP")));
    }
}

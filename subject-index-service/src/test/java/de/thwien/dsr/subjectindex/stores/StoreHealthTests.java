package de.thwien.dsr.subjectindex.stores;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;

import de.thwien.dsr.infra.test.MetricsScrape;
import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The wellness health group tells the truth about each store (checked every second in tests), while readiness
 * stays about PostgreSQL and Kafka.
 */
@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class StoreHealthTests {

    /** The next check (every 3 s in tests) and the check itself, which takes seconds on a loaded machine. */
    private static final Duration ONE_CHECK_INTERVAL = Duration.ofSeconds(15);

    @Test
    void aFailingConferenceStoreIsDownInTheStoresGroupWithinOneCheckWhileReadinessStaysUpAndComesBack() {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/well")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", containsInAnyOrder("crm", "mail", "conference"))
                .body("checks.status", everyItem(equalTo("UP"))));

        SeededStoresTestResource.bbb().answerFailed("internalError");
        try {
            await().atMost(ONE_CHECK_INTERVAL).untilAsserted(() -> given().get("/q/health/well")
                    .then().statusCode(503).body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'conference' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'conference' }.data.error",
                            equalTo("conference unavailable: BBB API getMeetings answered FAILED (internalError)"))
                    .body("checks.find { it.name == 'conference' }.data.downSince", notNullValue())
                    .body("checks.find { it.name == 'mail' }.status", equalTo("UP"))
                    .body("checks.find { it.name == 'crm' }.status", equalTo("UP")));
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
            MetricsScrape down = MetricsScrape.now();
            assertThat(down.value("dsr_dependency_up", "service=subject-index-service", "dependency=conference"))
                    .isZero();
            assertThat(down.value("dsr_dependency_up", "service=subject-index-service", "dependency=mail"))
                    .isEqualTo(1.0);
        } finally {
            SeededStoresTestResource.bbb().answerFailed(null);
        }

        await().atMost(ONE_CHECK_INTERVAL).untilAsserted(() -> given().get("/q/health/well")
                .then().statusCode(200).body("status", equalTo("UP")));
        assertThat(MetricsScrape.now().value("dsr_dependency_up", "service=subject-index-service",
                "dependency=conference")).isEqualTo(1.0);
    }
}

package de.thwien.dsr.subjectindex.index;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A running crawl tells how far it got. The crawl is held mid-way by a lock on the index table: it reads the whole
 * CRM and waits to write, while its progress (its own small updates of the crawl state) goes through.
 */
@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class CrawlProgressTests {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRunningCrawlReportsTheRecordsReadSoFarAndItsTableThenTheFinalCount() throws Exception {
        try (Connection indexHeld = dataSource.getConnection(); Statement statement = indexHeld.createStatement()) {
            // a full crawl, so that it has records to read whatever other tests crawled before
            statement.execute("update crawl_state set cursor = '' where store = 'crm'");
            indexHeld.setAutoCommit(false);
            statement.execute("lock table index_entry in share mode");

            given().auth().preemptive().basic("owner", "demo-owner")
                    .when().post("/api/index/crawls?store=crm")
                    .then().statusCode(202);

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> status()
                    .body(crm("crawling"), is(true))
                    .body(crm("recordsSoFar"), greaterThan(0))
                    .body(crm("currentPlace"), notNullValue()));
            indexHeld.rollback();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> status()
                .body(crm("crawling"), is(false))
                .body(crm("recordsSeenByLastCrawl"), greaterThan(0))
                .body(crm("lastCrawlFinishedAt"), notNullValue())
                .body(crm("lastError"), nullValue())
                .body(crm("recordsSoFar"), nullValue())
                .body(crm("currentPlace"), nullValue()));
    }

    private static String crm(String field) {
        return "stores.find { it.store == 'crm' }." + field;
    }

    private static ValidatableResponse status() {
        return given().auth().preemptive().basic("owner", "demo-owner")
                .when().get("/api/index/status")
                .then().statusCode(200);
    }
}

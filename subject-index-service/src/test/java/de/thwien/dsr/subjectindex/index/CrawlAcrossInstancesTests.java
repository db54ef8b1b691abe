package de.thwien.dsr.subjectindex.index;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.thwien.dsr.connectors.stores.ConnectedStore;
import de.thwien.dsr.infra.test.OtherInstance;
import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import de.thwien.dsr.subjectindex.stores.StoreRegistry;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The other instance's connection comes from this instance's pool: the same holds for two threads of one instance. */
@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class CrawlAcrossInstancesTests {

    @Inject
    Crawler crawler;

    @Inject
    StoreRegistry stores;

    @Inject
    CrawlStates states;

    @Inject
    Pool pool;

    @Test
    void aStoreIsNotCrawledWhileAnotherInstanceCrawlsItButOtherStoresAre() throws Exception {
        ConnectedStore crm = stores.store("crm").orElseThrow();
        ConnectedStore mail = stores.store("mail").orElseThrow();
        crawler.crawl(crm);
        Instant lastStarted = states.of("crm").orElseThrow().lastStartedAt();

        try (OtherInstance crawling = OtherInstance.running(Crawler.crawlOf("crm", pool), pool)) {
            assertThat(crawler.crawl(crm)).as("crm crawled here too").isFalse();
            assertThat(crawler.crawl(mail)).as("another store").isTrue();
            status().body("stores.find { it.store == 'crm' }.crawling", equalTo(true))
                    .body("stores.find { it.store == 'mail' }.crawling", equalTo(false));
        }
        assertThat(states.of("crm").orElseThrow().lastStartedAt()).isEqualTo(lastStarted);

        assertThat(crawler.crawl(crm)).as("crawled once the other instance is done").isTrue();
        assertThat(states.of("crm").orElseThrow().lastStartedAt()).isAfter(lastStarted);
        status().body("stores.find { it.store == 'crm' }.crawling", equalTo(false));
    }

    private static ValidatableResponse status() {
        return given().auth().preemptive().basic("owner", "demo-owner")
                .when().get("/api/index/status")
                .then().statusCode(200);
    }
}

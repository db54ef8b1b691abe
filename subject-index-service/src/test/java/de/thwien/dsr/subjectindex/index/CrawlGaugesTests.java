package de.thwien.dsr.subjectindex.index;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.infra.test.MetricsScrape;
import de.thwien.dsr.platform.metrics.GaugeRefresher;
import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The crawl gauges of the README's metrics table after incremental crawls, and for a store never crawled. */
@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class CrawlGaugesTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Inject
    Crawler crawler;

    @Inject
    GaugeRefresher gauges;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anIncrementalCrawlThatFindsNothingNewLeavesTheStoresRecordsInTheIndexAsTheyWere() throws Exception {
        crawler.crawlAll();
        crawler.crawlAll();

        MetricsScrape scrape = refreshedScrape();
        assertThat(lastRecordsSeen("mail")).as("the second crawl of an unchanged mailbox reads less than all of it")
                .isLessThan(recordsInIndex("mail"));
        for (String store : new String[] {"mail", "crm", "conference"}) {
            assertThat(scrape.value("dsr_crawl_records", "store=" + store)).as(store)
                    .isEqualTo((double) recordsInIndex(store)).isPositive();
        }
    }

    @Test
    void aStoreNoCrawlHasEverSucceededForIsFlaggedWhileItsAgeHasNoValue() throws Exception {
        crawler.crawlAll();
        execute("update crawl_state set last_succeeded_at = null where store = 'crm'");
        try {
            MetricsScrape scrape = refreshedScrape();

            assertThat(scrape.value("dsr_crawl_never_completed", "store=crm")).isEqualTo(1.0);
            assertThat(scrape.value("dsr_crawl_age_seconds", "store=crm")).isNaN();
            assertThat(scrape.value("dsr_crawl_never_completed", "store=mail")).isZero();
        } finally {
            crawler.crawlAll();
        }
        assertThat(refreshedScrape().value("dsr_crawl_never_completed", "store=crm")).isZero();
    }

    private MetricsScrape refreshedScrape() {
        gauges.refreshNow().await().atMost(PATIENCE);
        return MetricsScrape.now();
    }

    private long recordsInIndex(String store) throws Exception {
        return single("select count(distinct reference) from index_entry where store = ?", store);
    }

    private long lastRecordsSeen(String store) throws Exception {
        return single("select last_records_seen from crawl_state where store = ?", store);
    }

    private long single(String sql, String store) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, store);
            try (ResultSet rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getLong(1);
            }
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.executeUpdate();
        }
    }
}

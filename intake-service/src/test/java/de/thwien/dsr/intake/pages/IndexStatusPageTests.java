package de.thwien.dsr.intake.pages;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.dashboard.StandInServices;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The overview's index table names each store in the page's language, never by its id ({@code crm}), and shows a
 * running crawl's progress rather than the previous crawl's count.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class IndexStatusPageTests {

    StandInServices standIns;

    @BeforeEach
    void subjectIndexReportsItsStores() {
        subjectIndexAnswers("""
                {"stores":[{"store":"crm","crawling":false,"recordsSeenByLastCrawl":0,
                "lastSuccessAt":"2026-01-05T10:00:00Z","recordsIndexed":12,"lastError":null},
                {"store":"mail","crawling":false,"recordsSeenByLastCrawl":0,
                "lastSuccessAt":"2026-01-05T10:00:00Z","recordsIndexed":40,"lastError":null}]}""");
    }

    private void subjectIndexAnswers(String json) {
        standIns.index(exchange -> {
            byte[] answer = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
    }

    /** The mailbox is crawled right now; the CRM's last crawl read 1,530 records and finished at 11:00 Berlin time. */
    private void mailIsBeingCrawled() {
        subjectIndexAnswers("""
                {"stores":[{"store":"crm","crawling":false,"recordsSeenByLastCrawl":1530,
                "lastCrawlFinishedAt":"2026-01-05T10:00:00Z","lastSuccessAt":"2026-01-05T10:00:00Z",
                "recordsIndexed":1530,"lastError":null,"recordsSoFar":null,"currentPlace":null},
                {"store":"mail","crawling":true,"recordsSeenByLastCrawl":40,
                "lastSuccessAt":"2026-01-05T10:00:00Z","recordsIndexed":40,"lastError":null,
                "recordsSoFar":1240,"currentPlace":"INBOX/2024 (info)"}]}""");
    }

    @Test
    void germanOverviewShowsARunningCrawlsRecordsSoFarAndFolderNotThePreviousCrawlsCount() {
        mailIsBeingCrawled();
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        var page = Jsoup.parse(assistant.get("/dashboard?lang=de").asString());

        assertThat(page.select("td.crawl").eachText()).containsExactly(
                "nein (zuletzt beendet 2026-01-05 11:00: 1.530 Einträge)",
                "Läuft: 1.240 Einträge, Ordner INBOX/2024 (info)");
        assertThat(page.select("meta[http-equiv=refresh]")).as("refreshes itself while a crawl runs").hasSize(1);
    }

    @Test
    void englishOverviewShowsARunningCrawlsProgressInEnglish() {
        mailIsBeingCrawled();
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        var crawls = Jsoup.parse(assistant.get("/dashboard?lang=en").asString()).select("td.crawl").eachText();

        assertThat(crawls).containsExactly("no (last finished 2026-01-05 11:00: 1,530 records)",
                "Running: 1,240 records, folder INBOX/2024 (info)");
    }

    @Test
    void overviewDoesNotRefreshItselfWhenNoCrawlRuns() {
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        var page = Jsoup.parse(assistant.get("/dashboard?lang=de").asString());

        assertThat(page.select("meta[http-equiv=refresh]")).isEmpty();
        assertThat(page.select("td.crawl").eachText()).containsExactly("nein", "nein");
    }

    @AfterEach
    void subjectIndexNotReachableAgain() {
        standIns.reset();
    }

    @Test
    void germanOverviewNamesTheIndexedStoresInGerman() {
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        String html = assistant.get("/dashboard?lang=de").asString();

        assertThat(Jsoup.parse(html).select("td.store").eachText())
                .containsExactly("Kunden- und Rechnungsverwaltung", "E-Mail-Postfach");
        assertThat(html).doesNotContain("<td>crm</td>", "<td>mail</td>");
    }

    @Test
    void englishOverviewNamesTheIndexedStoresInEnglish() {
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        var stores = Jsoup.parse(assistant.get("/dashboard?lang=en").asString()).select("td.store").eachText();

        assertThat(stores).containsExactly("customer and invoice records", "mailbox");
    }
}

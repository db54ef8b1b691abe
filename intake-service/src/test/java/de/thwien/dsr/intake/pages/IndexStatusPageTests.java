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

/** The overview's index table names each store in the page's language, never by its id ({@code crm}). */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class IndexStatusPageTests {

    StandInServices standIns;

    @BeforeEach
    void subjectIndexReportsItsStores() {
        standIns.index(exchange -> {
            byte[] answer = """
                    {"stores":[{"store":"crm","crawling":false,"recordsSeenByLastCrawl":0,
                    "lastSuccessAt":"2026-01-05T10:00:00Z","recordsIndexed":12,"lastError":null},
                    {"store":"mail","crawling":false,"recordsSeenByLastCrawl":0,
                    "lastSuccessAt":"2026-01-05T10:00:00Z","recordsIndexed":40,"lastError":null}]}"""
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
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

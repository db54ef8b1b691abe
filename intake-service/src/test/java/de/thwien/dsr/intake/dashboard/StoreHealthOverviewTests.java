package de.thwien.dsr.intake.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpHandler;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.pages.FormSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The overview shows each store and mail server as the services using it last checked it (their wellness groups
 * /q/health/well): one that is down with its name and since when, in German and English.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
@QuarkusTestResource(StandInServices.class)
class StoreHealthOverviewTests {

    /** subject-index-service's group with the mail store down since 10:42 Berlin time (503, as SmallRye answers). */
    private static final String MAIL_DOWN = """
            {"status":"DOWN","checks":[
              {"name":"mail","status":"DOWN","data":{"checkedAt":"2026-03-02T09:43:00Z",
                "error":"connection refused","downSince":"2026-03-02T09:42:00Z"}},
              {"name":"crm","status":"UP","data":{"checkedAt":"2026-03-02T09:43:00Z"}}]}""";

    private static final String CONFERENCE_UP = """
            {"status":"UP","checks":[{"name":"conference","status":"UP","data":{"checkedAt":"2026-03-02T09:43:00Z"}}]}""";

    StandInServices standIns;

    @BeforeEach
    void subjectIndexFindsTheMailServerDown() {
        standIns.index(health(503, MAIL_DOWN));
        standIns.erasure(health(200, CONFERENCE_UP));
    }

    @AfterEach
    void servicesNotReachableAgain() {
        standIns.reset();
    }

    @Test
    void overviewSaysTheMailServerIsUnreachableSinceWhenInGerman() {
        Document page = Jsoup.parse(FormSession.loggedInAs("assistant", "demo-assistant").get("/dashboard").asString());

        assertThat(page.getElementById("store-down-warning")).isNotNull();
        Element mail = row(page, "subject-index-service", "E-Mail-Postfach");
        assertThat(mail.text()).contains("E-Mail-Postfach nicht erreichbar seit 2026-03-02 10:42",
                "connection refused");
        assertThat(row(page, "subject-index-service", "Kunden- und Rechnungsverwaltung").text()).contains("erreichbar")
                .doesNotContain("nicht erreichbar");
        assertThat(row(page, "erasure-service", "Web-Konferenz-Server").text()).contains("erreichbar")
                .doesNotContain("nicht erreichbar");
        assertThat(row(page, "intake-service", "Datenschutz-Postfach (IMAP)")).isNotNull();
    }

    @Test
    void overviewSaysTheMailServerIsUnreachableSinceWhenInEnglish() {
        Document page = Jsoup.parse(FormSession.loggedInAs("assistant", "demo-assistant").get("/dashboard?lang=en")
                .asString());

        assertThat(page.getElementById("store-down-warning").text()).contains("A store or mail server is unreachable");
        assertThat(row(page, "subject-index-service", "mailbox").text())
                .contains("mailbox unreachable since 2026-03-02 10:42", "connection refused");
        assertThat(row(page, "erasure-service", "web conference server").text()).contains("reachable")
                .doesNotContain("unreachable");
    }

    @Test
    void aServiceThatDoesNotAnswerIsShownAsNotAvailableAndRaisesNoWarning() {
        standIns.reset();

        Document page = Jsoup.parse(FormSession.loggedInAs("assistant", "demo-assistant").get("/dashboard").asString());

        assertThat(page.getElementById("store-down-warning")).isNull();
        assertThat(page.select("#store-health tr:has(td:eq(0):containsOwn(subject-index-service))").text())
                .contains("zurzeit nicht verfügbar");
    }

    private static Element row(Document page, String service, String store) {
        return page.select("#store-health tbody tr").stream()
                .filter(row -> row.child(0).text().equals(service) && row.child(1).text().equals(store))
                .findFirst().orElseThrow(() -> new AssertionError("no line " + service + "/" + store + " in "
                        + page.select("#store-health").outerHtml()));
    }

    private static HttpHandler health(int status, String json) {
        return exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
            exchange.close();
        };
    }
}

package de.thwien.dsr.intake.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.RefusingProxy;
import de.thwien.dsr.intake.pages.FormSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The privacy mailbox's server refusing connections (the {@link PrivacyMailboxGate} in front of it closed): the
 * wellness group has it down within one check (every second in tests) while readiness stays up, and the overview
 * says since when; once the server accepts connections again the mailbox is up again.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
@QuarkusTestResource(PrivacyMailboxGate.class)
class MailboxHealthTests {

    /** The next check (every 3 s in tests) and the check itself, which takes seconds on a loaded machine. */
    private static final Duration ONE_CHECK_INTERVAL = Duration.ofSeconds(15);

    RefusingProxy privacyMailboxServer;

    @Test
    void aPrivacyMailboxAtAClosedPortIsDownWithinOneCheckWhileReadinessStaysUpAndTheOverviewSaysSinceWhen() {
        privacyMailboxServer.refuse();
        try {
            await().atMost(ONE_CHECK_INTERVAL).untilAsserted(() -> given().get("/q/health/well")
                    .then().statusCode(503).body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'privacy-mailbox' }.data.error", equalTo("connection refused"))
                    .body("checks.find { it.name == 'privacy-mailbox' }.data.downSince", notNullValue()));
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));

            Document page = Jsoup.parse(FormSession.loggedInAs("assistant", "demo-assistant").get("/dashboard")
                    .asString());

            assertThat(page.getElementById("store-down-warning")).isNotNull();
            assertThat(page.select("#store-health tbody tr").stream()
                    .filter(row -> row.child(0).text().equals("intake-service")).findFirst().orElseThrow().text())
                    .contains("Datenschutz-Postfach (IMAP) nicht erreichbar seit", "connection refused");
        } finally {
            privacyMailboxServer.open();
        }

        await().atMost(ONE_CHECK_INTERVAL).untilAsserted(() -> given().get("/q/health/well")
                .then().body("checks.find { it.name == 'privacy-mailbox' }.status", equalTo("UP")));
    }
}

package de.thwien.dsr.notifier.delivery;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The wellness health group tells the truth about the SMTP server (checked every second here): an SMTP server that
 * answers "421 not available" is down within one check while readiness stays up, and up again when it greets.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
@TestProfile(SmtpHealthTests.BehindAGateCheckedEverySecond.class)
class SmtpHealthTests {

    /** The next check (every 3 s in tests) and the check itself, which takes seconds on a loaded machine. */
    private static final Duration ONE_CHECK_INTERVAL = Duration.ofSeconds(15);

    public static class BehindAGateCheckedEverySecond implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SmtpGateResource.class, Map.of("dsr.health.check-every", "1s")));
        }
    }

    SmtpGate gate;

    @ConfigProperty(name = "dsr.mail.host")
    String mailHost;

    @ConfigProperty(name = "dsr.mail.smtp-port")
    int smtpPort;

    @Test
    void anSmtpServerThatRefusesIsDownWithinOneCheckWhileReadinessStaysUpAndComesBack() {
        gate.forwardTo(mailHost, smtpPort);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().get("/q/health/well")
                .then().statusCode(200).body("checks.find { it.name == 'smtp' }.status", equalTo("UP")));

        gate.refuseNext(Integer.MAX_VALUE);
        try {
            await().atMost(ONE_CHECK_INTERVAL).untilAsserted(() -> given().get("/q/health/well")
                    .then().statusCode(503).body("status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'smtp' }.data.error",
                            equalTo("SMTP server answered 421 instead of 220"))
                    .body("checks.find { it.name == 'smtp' }.data.downSince", notNullValue()));
            given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            gate.refuseNext(0);
        }

        await().atMost(ONE_CHECK_INTERVAL).untilAsserted(() -> given().get("/q/health/well")
                .then().statusCode(200).body("status", equalTo("UP")));
    }
}

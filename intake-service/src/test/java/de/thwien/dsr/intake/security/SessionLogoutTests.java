package de.thwien.dsr.intake.security;

import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.pages.FormSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Logging out ends the session on the server, not only in the browser: a session cookie saved before the logout
 * (copied from the browser, a proxy log, a shared machine) no longer opens the dashboard. Each test logs in as a
 * user of its own, since a logout ends every session of that user.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class SessionLogoutTests {

    private static final String PASSWORD = "demo-auditor";

    @Test
    void aSessionCookieReplayedAfterLogoutIsSentToTheLogin() {
        FormSession browser = FormSession.loggedInAs("session-replay", PASSWORD);
        FormSession saved = browser.savedCopy();
        assertThat(saved.get("/dashboard").statusCode()).isEqualTo(200);

        browser.submit("/dashboard", "/dashboard/logout", Map.of());
        Response replayed = saved.get("/dashboard");

        assertThat(replayed.statusCode()).isEqualTo(302);
        assertThat(replayed.header("Location")).endsWith("/login");
    }

    @Test
    void aSessionCookieReplayedAfterLogoutCannotChangeAnything() {
        FormSession browser = FormSession.loggedInAs("session-replay-post", PASSWORD);
        FormSession saved = browser.savedCopy();
        String token = saved.csrfToken("/dashboard");

        browser.submit("/dashboard", "/dashboard/logout", Map.of());
        Response replayed = saved.post("/dashboard/logout", Map.of("csrf-token", token));

        assertThat(replayed.statusCode()).isEqualTo(302);
        assertThat(replayed.header("Location")).endsWith("/login");
    }

    @Test
    void aNewLoginAfterLogoutOpensTheDashboardAgain() {
        FormSession first = FormSession.loggedInAs("session-again", PASSWORD);
        first.submit("/dashboard", "/dashboard/logout", Map.of());

        FormSession second = FormSession.loggedInAs("session-again", PASSWORD);

        assertThat(second.get("/dashboard").statusCode()).isEqualTo(200);
    }

    @Test
    void theSessionCookieAloneWithoutItsSessionKeyIsNotEnough() {
        FormSession browser = FormSession.loggedInAs("session-key", PASSWORD);
        FormSession withoutKey = browser.savedCopy();
        withoutKey.replaceCookie("dsr-session", "guessed");

        Response response = withoutKey.get("/dashboard");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/login");
    }
}

package de.thwien.dsr.intake.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.pages.FormSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dashboard, public pages and the API send the security headers; nothing personal is cached. */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class SecurityHeadersTests {

    @Test
    void dashboardPagesForbidScriptsFramingAndCaching() {
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        assertSecurityHeaders(assistant.get("/dashboard"));
        assertSecurityHeaders(assistant.get("/dashboard/cases"));
        assertThat(assistant.get("/dashboard/cases").asString()).doesNotContain("<script", " style=");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/request", "/login", "/status/unknown-link", "/access/unknown-link-0123456789"})
    void publicPagesForbidScriptsFramingAndCaching(String page) {
        Response response = given().redirects().follow(false).header("X-Forwarded-For", "203.0.113.31")
                .accept("text/html").when().get(page);
        assertSecurityHeaders(response);
        assertThat(response.asString()).doesNotContain("<script", " style=");
    }

    @Test
    void apiAnswersWithPersonalDataAreNotCached() {
        Response cases = given().auth().preemptive().basic("assistant", "demo-assistant").when().get("/api/cases");
        assertThat(cases.statusCode()).isEqualTo(200);
        assertSecurityHeaders(cases);
    }

    @Test
    void refusalsAndLoginRedirectsCarryTheHeadersToo() {
        assertSecurityHeaders(given().when().get("/api/cases"));
        assertSecurityHeaders(given().redirects().follow(false).when().get("/dashboard"));
    }

    @Test
    void hstsOnlyWhenServedOverTls() {
        assertThat(given().when().get("/login").header("Strict-Transport-Security")).isNull();
        // behind the TLS-terminating proxy (forwarded headers are trusted in %test)
        assertThat(given().header("X-Forwarded-Proto", "https").when().get("/login")
                .header("Strict-Transport-Security")).startsWith("max-age=31536000");
    }

    private static void assertSecurityHeaders(Response response) {
        String csp = response.header("Content-Security-Policy");
        assertThat(csp).contains("frame-ancestors 'none'", "default-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
    }
}

package de.thwien.dsr.subjectindex.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import de.thwien.dsr.subjectindex.SeededStoresTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The requester opens her download link in a browser: a wrong or expired link shows a short page in German with
 * English below (which link it is, and how to get a new one: write to the privacy contact, quoting the case reference
 * when the link was ours), with the same status codes as before; an API client still gets problem+json.
 */
@QuarkusTest
@QuarkusTestResource(SeededStoresTestResource.class)
class DownloadLinkPageTests {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aBrowserOpeningAWrongLinkGetsAPageSayingHowToGetANewOne() {
        String page = given().header("X-Forwarded-For", "203.0.113.61").accept(BROWSER)
                .when().get("/access-packages/not-a-link-of-ours")
                .then().statusCode(404).contentType("text/html").extract().asString();

        assertThat(page).contains("<html lang=\"de\"").contains("Dieser Link ist ungültig")
                .contains("This link is not valid").contains("datenschutz@thwien.de")
                .doesNotContain("\"status\"").doesNotContain("DSR-");
    }

    @Test
    void aBrowserOpeningAnExpiredLinkGetsAPageQuotingTheCaseReference() throws Exception {
        String caseId = UUID.randomUUID().toString();
        String token = "expired-" + UUID.randomUUID();
        storeExpiredPackage(caseId, token);

        String page = given().header("X-Forwarded-For", "203.0.113.62").accept(BROWSER)
                .when().get("/access-packages/" + token)
                .then().statusCode(410).contentType("text/html").extract().asString();

        String reference = "DSR-" + caseId.substring(0, 8).toUpperCase();
        assertThat(page).contains("Dieser Link ist abgelaufen").contains("This link has expired")
                .contains("datenschutz@thwien.de").contains(reference).doesNotContain(caseId)
                .doesNotContain("\"status\"");
    }

    @Test
    void anEnglishLinkOpensTheRefusedPageInEnglishWithGermanBelow() throws Exception {
        String caseId = UUID.randomUUID().toString();
        String token = "expired-" + UUID.randomUUID();
        storeExpiredPackage(caseId, token);

        String page = given().header("X-Forwarded-For", "203.0.113.65").accept(BROWSER)
                .when().get("/access-packages/" + token + "?lang=en")
                .then().statusCode(410).contentType("text/html").extract().asString();

        assertThat(page).contains("<html lang=\"en\"").contains("Dieser Link ist abgelaufen");
        assertThat(page.indexOf("This link has expired")).isLessThan(page.indexOf("Dieser Link ist abgelaufen"));
    }

    @Test
    void anUnknownLanguageParameterLeavesThePageGermanFirst() {
        String page = given().header("X-Forwarded-For", "203.0.113.66").accept(BROWSER)
                .when().get("/access-packages/not-a-link-of-ours?lang=<script>")
                .then().statusCode(404).contentType("text/html").extract().asString();

        assertThat(page).contains("<html lang=\"de\"").doesNotContain("<script>");
        assertThat(page.indexOf("Dieser Link ist ungültig")).isLessThan(page.indexOf("This link is not valid"));
    }

    @Test
    void theDownloadLinkOfAnEnglishRequestCarriesItsLanguageAsIntakesLinksDo() {
        assertThat(AccessPackages.downloadUrl("https://dsr.example", "t0k3n", "en"))
                .isEqualTo("https://dsr.example/access-packages/t0k3n?lang=en");
        assertThat(AccessPackages.downloadUrl("https://dsr.example", "t0k3n", "de"))
                .isEqualTo("https://dsr.example/access-packages/t0k3n");
    }

    @Test
    void theLinkPageTakesItsStyleFromAStylesheetTheContentSecurityPolicyAllows() {
        String page = given().header("X-Forwarded-For", "203.0.113.64").accept(BROWSER)
                .when().get("/access-packages/not-a-link-of-ours")
                .then().statusCode(404).header("Content-Security-Policy", containsString("style-src 'self'"))
                .extract().asString();

        assertThat(page).as("an inline style is blocked by style-src 'self'").doesNotContain("<style", "style=");
        assertThat(page).contains("<link rel=\"stylesheet\" href=\"/access-packages/link.css\">");
        given().header("X-Forwarded-For", "203.0.113.64")
                .when().get("/access-packages/link.css")
                .then().statusCode(200).contentType(containsString("text/css")).body(containsString("max-width"));
    }

    @Test
    void anApiClientStillGetsProblemJson() throws Exception {
        String token = "expired-" + UUID.randomUUID();
        storeExpiredPackage(UUID.randomUUID().toString(), token);

        given().header("X-Forwarded-For", "203.0.113.63").accept("application/json")
                .when().get("/access-packages/" + token)
                .then().statusCode(410).contentType("application/problem+json").body("status", equalTo(410));
        given().header("X-Forwarded-For", "203.0.113.63")
                .when().get("/access-packages/not-a-link-of-ours")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    private void storeExpiredPackage(String caseId, String token) throws Exception {
        Instant created = Instant.now().minus(40, ChronoUnit.DAYS);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("insert into access_package"
                     + " (id, case_id, token_hash, created_at, expires_at, content) values (?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, caseId);
            insert.setString(3, AccessPackages.tokenHash(token));
            insert.setTimestamp(4, Timestamp.from(created));
            insert.setTimestamp(5, Timestamp.from(created.plus(30, ChronoUnit.DAYS)));
            insert.setBytes(6, new byte[] {1});
            insert.executeUpdate();
        }
    }
}

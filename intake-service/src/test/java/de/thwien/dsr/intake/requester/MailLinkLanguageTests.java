package de.thwien.dsr.intake.requester;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.CaseTables;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A link in a notice opens its page in the notice's language, also on another device without our language cookie:
 * the links of an English request's mails carry {@code ?lang=en}, which the page honours.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class MailLinkLanguageTests {

    private static final Pattern STATUS_URL = Pattern.compile("\"statusUrl\":\"http://localhost(/status/[^\"]+)\"");
    private static final Pattern VERIFICATION_URL =
            Pattern.compile("\"verificationUrl\":\"http://localhost(/api/verification/[^\"]+)\"");

    @Inject
    Pool pool;

    private static String openCase(String language) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", CaseTables.uniqueClientAddress())
                .body("{\"type\":\"ACCESS\",\"email\":\"" + CaseTables.uniqueEmail() + "\",\"language\":\""
                        + language + "\"}")
                .when().post("/api/requests").then().statusCode(202).extract().path("caseId");
    }

    private static String pathIn(String payload, Pattern url) {
        Matcher matcher = url.matcher(payload);
        assertThat(matcher.find()).as("a link in " + url.pattern()).isTrue();
        return matcher.group(1);
    }

    @Test
    void statusLinkOfAnEnglishRequestOpensTheEnglishPageWithoutACookie() {
        String caseId = openCase("en");

        String path = pathIn(new CaseTables(pool).outboxPayloads(caseId, "request.received").get(0), STATUS_URL);

        assertThat(path).endsWith("?lang=en");
        assertThat(given().accept(ContentType.HTML).when().get(path).then().statusCode(200).extract().asString())
                .contains("Status of your request");
    }

    @Test
    void verificationLinkOfAnEnglishRequestOpensTheEnglishPageWithoutACookie() {
        String caseId = openCase("en");

        String path = pathIn(new CaseTables(pool).outboxPayloads(caseId, "verification.requested").get(0),
                VERIFICATION_URL);

        assertThat(path).endsWith("?lang=en");
        assertThat(given().accept(ContentType.HTML).when().get(path).then().statusCode(200).extract().asString())
                .contains("Confirm your request");
    }

    @Test
    void statusLinkOfAGermanRequestOpensTheGermanPage() {
        String caseId = openCase("de");

        String path = pathIn(new CaseTables(pool).outboxPayloads(caseId, "request.received").get(0), STATUS_URL);

        assertThat(path).doesNotContain("lang=");
        assertThat(given().accept(ContentType.HTML).when().get(path).then().statusCode(200).extract().asString())
                .contains("Stand Ihres Antrags");
    }
}

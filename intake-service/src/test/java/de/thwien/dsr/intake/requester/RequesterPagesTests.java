package de.thwien.dsr.intake.requester;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.cases.RequesterDigest;
import de.thwien.dsr.intake.pages.FormSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The public pages: request form, status, verification and access-package pages. */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class RequesterPagesTests {

    private static final Pattern STATUS_LINK = Pattern.compile("href=\"http://localhost(/status/[A-Za-z0-9_-]+)\"");

    @Inject
    Pool pool;

    @Inject
    RequesterDigest digest;

    @Test
    void requestFormIsGermanWithLabelsAndTheArt13Link() {
        String html = FormSession.anonymous().get("/request").asString();

        assertThat(html).contains("<html lang=\"de\"", "<label for=\"email\">E-Mail-Adresse",
                "<legend>Was möchten Sie?", "href=\"https://thwien.de/datenschutz/\"", "Art. 13 DSGVO",
                "name=\"csrf-token\"");
    }

    @Test
    void requestFormSwitchesToEnglish() {
        String html = FormSession.anonymous().get("/request?lang=en").asString();

        assertThat(html).contains("<html lang=\"en\"", "<label for=\"email\">E-mail address", "Art. 13 GDPR");
    }

    @Test
    void requestFormWithoutTheCsrfTokenIsRefused() {
        FormSession visitor = FormSession.anonymous();
        visitor.get("/request");

        Response response = visitor.post("/request", Map.of("type", "ACCESS", "email", CaseTables.uniqueEmail()));

        assertThat(response.statusCode()).isEqualTo(400);
    }

    @Test
    void invalidAddressIsShownNextToTheFieldWithTheInputKeptAndEscaped() {
        FormSession visitor = FormSession.anonymous();

        Response response = visitor.submit("/request", "/request",
                Map.of("type", "ERASURE", "email", "not-an-address", "name", "<b>Eve</b>"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString())
                .contains("aria-describedby=\"email-error\"",
                        "<p class=\"field-error\" id=\"email-error\">Bitte geben Sie eine gültige E-Mail-Adresse an.",
                        "value=\"&lt;b&gt;Eve&lt;/b&gt;\"", "value=\"ERASURE\" checked")
                .doesNotContain("<b>Eve</b>");
    }

    @Test
    void missingTypeIsShownNextToTheChoice() {
        Response response = FormSession.anonymous().submit("/request", "/request",
                Map.of("email", CaseTables.uniqueEmail()));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).contains("id=\"type-error\">Bitte wählen Sie aus, was Sie möchten.");
    }

    @Test
    void validRequestOpensACaseAndLeadsToItsStatusPage() {
        FormSession visitor = FormSession.anonymous();

        Response response = visitor.submit("/request", "/request",
                Map.of("type", "ACCESS", "email", CaseTables.uniqueEmail(), "name", "Erika Muster"));
        Matcher link = STATUS_LINK.matcher(response.asString());

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(link.find()).isTrue();
        String status = visitor.get(link.group(1)).asString();
        assertThat(status).contains("Auskunft (Art. 15)", "wartet auf Bestätigung").doesNotContain("Erika");
    }

    @Test
    void aPortabilityRequestIsOfferedInTheFormAndOpensACaseOfThatType() {
        FormSession visitor = FormSession.anonymous();
        assertThat(visitor.get("/request").asString()).contains("value=\"PORTABILITY\"",
                "Datenübertragbarkeit (Art. 20)");
        assertThat(FormSession.anonymous().get("/request?lang=en").asString()).contains("Data portability (Art. 20)");

        Response response = visitor.submit("/request", "/request",
                Map.of("type", "PORTABILITY", "email", CaseTables.uniqueEmail()));
        Matcher link = STATUS_LINK.matcher(response.asString());

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(link.find()).isTrue();
        assertThat(visitor.get(link.group(1)).asString()).contains("Datenübertragbarkeit (Art. 20)");
    }

    @Test
    void aMessageAsLongAsTheFormAllowsInGermanIsAccepted() {
        // 10,000 characters, each two bytes in UTF-8 and six when the browser encodes the form
        String message = "ä".repeat(10_000);

        Response response = FormSession.anonymous().submit("/request", "/request",
                Map.of("type", "ACCESS", "email", CaseTables.uniqueEmail(), "message", message));

        assertThat(response.statusCode()).isEqualTo(202);
    }

    @Test
    void tooManyRequestsForOneAddressShowTheFormAgainAndSayWhenToRetry() {
        FormSession visitor = FormSession.anonymous();
        String email = CaseTables.uniqueEmail();
        Response response = null;
        for (int i = 0; i < 3; i++) {
            String token = visitor.csrfToken("/request");
            response = visitor.request().header("X-Forwarded-For", CaseTables.uniqueClientAddress())
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("csrf-token", token).formParam("type", "ACCESS")
                    .formParam("email", email).when().post("/request");
        }

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.contentType()).startsWith("text/html");
        assertThat(Long.parseLong(response.header("Retry-After"))).isPositive();
    }

    @Test
    void formAndApiCountAgainstTheSameLimitsForOneAddress() {
        String email = CaseTables.uniqueEmail();
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).header("X-Forwarded-For", CaseTables.uniqueClientAddress())
                    .body("{\"type\":\"ACCESS\",\"email\":\"" + email + "\"}")
                    .when().post("/api/requests").then().statusCode(202);
        }
        FormSession visitor = FormSession.anonymous();
        String token = visitor.csrfToken("/request");

        Response response = visitor.request().header("X-Forwarded-For", CaseTables.uniqueClientAddress())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token).formParam("type", "ACCESS")
                .formParam("email", email).when().post("/request");

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(response.header("Retry-After"))).isPositive();
    }

    @Test
    void filledHoneypotOnTheFormShowsTheAcceptedPageButOpensNoCase() {
        String email = CaseTables.uniqueEmail();

        Response response = FormSession.anonymous().submit("/request", "/request",
                Map.of("type", "ACCESS", "email", email, "website", "http://spam.example"));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(STATUS_LINK.matcher(response.asString()).find()).isTrue();
        long cases = pool.preparedQuery("select count(*) from dsr_case where requester_email_digest = $1")
                .execute(Tuple.of(digest.of(email))).await().indefinitely().iterator().next().getLong(0);
        assertThat(cases).isZero();
    }

    @Test
    void unknownStatusLinkGetsTheSameNotValidPageAsAnyOther() {
        Response response = FormSession.anonymous().get("/status/" + "x".repeat(43));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.asString()).contains("Dieser Link ist nicht gültig.");
    }

    @Test
    void anUnknownVerificationLinkTellsTheRequesterHowToGetANewOne() {
        Response response = FormSession.anonymous().get("/api/verification/" + "x".repeat(43));

        assertThat(response.asString()).contains("Dieser Link ist nicht gültig.",
                "Öffnen Sie den Link bitte direkt aus unserer E-Mail", "href=\"/request\"", "Antrag neu stellen");
    }

    @Test
    void verificationPageConfirmsWithItsForm() {
        String caseId = CaseTables.openCase("ACCESS");
        String token = new CaseTables(pool).verificationToken(caseId);
        FormSession requester = FormSession.anonymous();

        String page = requester.get("/api/verification/" + token).asString();
        String csrf = requester.csrfToken("/api/verification/" + token);
        Response confirmed = requester.post("/verification/" + token, Map.of("csrf-token", csrf));
        Response again = requester.post("/verification/" + token, Map.of("csrf-token", csrf));

        assertThat(page).contains("action=\"/verification/" + token + "\"", "Bestätigen");
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(confirmed.asString()).contains("Ihr Antrag ist bestätigt");
        assertThat(new CaseTables(pool).status(caseId)).isNotEqualTo("AWAITING_VERIFICATION");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.asString()).contains("bereits verwendet");
    }

    @Test
    void verificationFormWithoutTheCsrfTokenIsRefusedAndConfirmsNothing() {
        String caseId = CaseTables.openCase("ACCESS");
        String token = new CaseTables(pool).verificationToken(caseId);
        FormSession requester = FormSession.anonymous();
        requester.get("/api/verification/" + token);

        Response response = requester.post("/verification/" + token, new HashMap<>());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new CaseTables(pool).status(caseId)).isEqualTo("AWAITING_VERIFICATION");
    }

    @Test
    void accessPagePointsAtTheDownloadOfSubjectIndex() {
        String token = "AbCdEfGhIjKlMnOpQrStUv0123456789_-xyzXYZ012";

        String html = FormSession.anonymous().get("/access/" + token).asString();

        assertThat(html).contains("href=\"http://localhost:8082/access-packages/" + token + "\"");
    }

    @Test
    void accessPageForAMalformedLinkSaysNotValid() {
        Response response = FormSession.anonymous().get("/access/%3Cscript%3E");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.asString()).contains("Dieser Link ist nicht gültig.").doesNotContain("<script>");
    }
}

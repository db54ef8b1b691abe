package de.thwien.dsr.intake.requests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.mail.RequestMailbox;
import de.thwien.dsr.intake.pages.FormSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Intake applies the notifier's address rule ({@code MailAddressRule}): what no notice can reach is refused with a
 * reason the requester understands, on the form, the JSON API and in the mailbox; an internationalized domain is
 * accepted in the form the notifier sends to.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class AddressRuleTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    private static io.restassured.response.ValidatableResponse submitJson(String email) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", CaseTables.uniqueClientAddress())
                .body(Map.of("type", "ACCESS", "email", email)).when().post("/api/requests").then();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"a b\"@example.org", "x@[127.0.0.1]", "z\u200Bw@example.org", "\u202Eevil@example.org",
            "j\u00FCrgen@example.org", "s\uFFFD@example.org"})
    void addressNoNoticeCanReachIsRefusedByTheApiWithItsReason(String email) {
        submitJson(email).statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("email"))
                .body("violations[0].message", containsString("cannot"));
    }

    @Test
    void addressWithALocalPartOutsideAsciiIsRefusedSayingOurMailServerCannotReachIt() {
        submitJson("j\u00FCrgen-" + UUID.randomUUID() + "@example.org").statusCode(400)
                .body("violations[0].message", containsString("outside ASCII"));
    }

    @Test
    void invalidUtf8InTheJsonAddressIsRefused() {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes("{\"type\":\"ACCESS\",\"email\":\"s".getBytes(StandardCharsets.UTF_8));
        body.write(0xFF);
        body.writeBytes("@example.org\"}".getBytes(StandardCharsets.UTF_8));

        given().contentType("application/json").header("X-Forwarded-For", CaseTables.uniqueClientAddress())
                .body(body.toByteArray()).when().post("/api/requests").then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void internationalizedDomainIsAcceptedAndKeptInTheFormTheNotifierSendsTo() {
        String local = "info-" + UUID.randomUUID();

        String caseId = submitJson(local + "@B\u00FCcher.example").statusCode(202).extract().path("caseId");

        given().auth().preemptive().basic("assistant", "demo-assistant").when().get("/api/cases/" + caseId)
                .then().statusCode(200).body("requester.email", equalTo(local + "@xn--bcher-kva.example"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"a b\"@example.org", "x@[127.0.0.1]", "z\u200Bw@example.org"})
    void formShowsWhyAnAddressCannotBeUsed(String email) {
        Response response = FormSession.anonymous().submit("/request", "/request",
                Map.of("type", "ACCESS", "email", email));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).contains("id=\"email-error\">An diese Adresse");
    }

    @Test
    void formExplainsThatAnUmlautBeforeTheAtCannotBeServed() {
        Response response = FormSession.anonymous().submit("/request", "/request",
                Map.of("type", "ACCESS", "email", "j\u00FCrgen@example.org"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).contains("id=\"email-error\">", "vor dem @");
    }

    @Test
    void formPostWithInvalidUtf8InTheAddressIsRefusedOnTheForm() {
        FormSession visitor = FormSession.anonymous();
        String token = visitor.csrfToken("/request");

        Response response = visitor.request().contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .urlEncodingEnabled(false)
                .body("type=ACCESS&email=s%FF%FE%40example.org&csrf-token=" + token)
                .when().post("/request");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("text/html");
    }

    @Test
    void plusAddressesOfOneMailboxShareItsLimit() {
        String local = "anna-" + UUID.randomUUID();
        submitJson(local + "+1@example.org").statusCode(202);
        submitJson(local + "+2@example.org").statusCode(202);

        submitJson(local + "+3@example.org").statusCode(429);
    }

    @Test
    void mailFromAnAddressNoNoticeCanReachOpensNoCaseAndGoesToTheErrorFolderWithItsReason() throws Exception {
        RequestMailbox mailbox = RequestMailbox.ofTestConfiguration();
        String messageId = "<" + UUID.randomUUID() + "@requester.example>";
        mailbox.sendFrom("bounce@requester.example", "From: x@[127.0.0.1]\r\nTo: " + mailbox.address()
                + "\r\nSubject: Auskunft\r\nMessage-ID: " + messageId + "\r\nDate: Fri, 27 Nov 2026 10:00:00 +0100\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nAuskunft bitte\r\n");

        await().atMost(PATIENCE).until(() -> mailbox.countIn("Errors", messageId) == 1);
        assertThat(pool.preparedQuery("select count(*) from dsr_case where original_message_id = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(messageId)).await().indefinitely().iterator().next()
                .getLong(0)).isZero();
        given().auth().preemptive().basic("assistant", "demo-assistant").when().get("/api/mail-failures")
                .then().statusCode(200).body("find { it.messageId == '" + messageId + "' }.reason",
                        containsString("ADDRESS_LITERAL"));
    }
}

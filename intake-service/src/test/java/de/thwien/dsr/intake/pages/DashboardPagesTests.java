package de.thwien.dsr.intake.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.CaseTables;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import io.vertx.mutiny.sqlclient.Tuple;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The assistant's dashboard pages: login, rendering, actions through CSRF-checked forms. */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class DashboardPagesTests {

    private static final String SOME_CASE = "/dashboard/cases/5f0c6f4e-8a39-4c4e-9d0e-3f1c2b7a9e11";

    @Inject
    Pool pool;

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/dashboard", "/dashboard/cases", "/dashboard/cases?overdue=true", SOME_CASE,
            SOME_CASE + "/file", "/dashboard/triage", "/dashboard/register",
            "/dashboard/printable-notices/5f0c6f4e-8a39-4c4e-9d0e-3f1c2b7a9e11"})
    void everyDashboardPageSendsAnonymousVisitorsToTheLogin(String path) {
        Response response = FormSession.anonymous().get(path);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/login");
    }

    @ParameterizedTest(name = "POST {0}")
    @ValueSource(strings = {SOME_CASE + "/actions/note", SOME_CASE + "/plan/1/approve", "/dashboard/logout",
            "/dashboard/register", "/dashboard/suggestions/5f0c6f4e-8a39-4c4e-9d0e-3f1c2b7a9e11/case"})
    void everyDashboardFormSendsAnonymousVisitorsToTheLogin(String path) {
        Response response = FormSession.anonymous().post(path, Map.of("text", "x"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location")).endsWith("/login");
    }

    @Test
    void wrongPasswordShowsTheLoginAgainWithAnError() {
        Response response = FormSession.anonymous().post("/j_security_check",
                Map.of("j_username", "assistant", "j_password", "wrong"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.header("Location")).contains("/login?error=true");
        assertThat(FormSession.anonymous().get("/login?error=true").asString())
                .contains("Benutzername oder Passwort ist falsch.");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"Origin, https://attacker.example", "Origin, null", "Sec-Fetch-Site, cross-site",
            "Sec-Fetch-Site, same-site"})
    void loginFormPostedFromAnotherSiteIsRefusedWithoutASession(String header, String value) {
        Response response = given().redirects().follow(false).header(header, value)
                .formParam("j_username", "assistant").formParam("j_password", "demo-assistant")
                .when().post("/j_security_check");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.getCookie("quarkus-credential")).isNull();
    }

    @Test
    void loginFormPostedFromThisSiteLogsIn() {
        Response response = given().redirects().follow(false).header("Origin", "http://localhost:" + RestAssured.port)
                .header("Sec-Fetch-Site", "same-origin")
                .formParam("j_username", "assistant").formParam("j_password", "demo-assistant")
                .when().post("/j_security_check");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.getCookie("quarkus-credential")).isNotNull();
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteStrict() {
        Response response = FormSession.anonymous().post("/j_security_check",
                Map.of("j_username", "assistant", "j_password", "demo-assistant"));

        String setCookie = response.headers().getValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("quarkus-credential=")).findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        assertThat(response.header("Location")).endsWith("/dashboard");
    }

    @Test
    void loggedInUserWithoutTheAssistantRoleIsRefused() {
        FormSession auditor = FormSession.loggedInAs("auditor", "demo-auditor");

        assertThat(auditor.get("/dashboard/cases").statusCode()).isEqualTo(403);
    }

    @Test
    void overviewShowsFiguresTheChartAndSaysWhatIsNotAvailable() {
        CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        Response response = assistant.get("/dashboard");

        assertThat(response.statusCode()).isEqualTo(200);
        String html = response.asString();
        assertThat(html).contains("<h1>Übersicht</h1>", "Offene Fälle nach Status", "wartet auf Bestätigung",
                "id=\"overdue-count\"");
        assertThat(html.split("<rect ", -1)).hasSize(9);
        // no erasure-service or subject-index-service in this test: the page says so and still renders
        assertThat(html).contains("zurzeit nicht verfügbar");
    }

    @Test
    void caseListShowsTheCaseWithMaskedRequesterAndDaysLeft() {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ERASURE", email);
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        String html = assistant.get("/dashboard/cases?q=" + caseId).asString();

        assertThat(html).contains("/dashboard/cases/" + caseId, "Löschung (Art. 17)", "r***@e***.org")
                .doesNotContain(email);
    }

    @Test
    void aPortabilityCaseIsListedWithItsTypeInWordsInGermanAndEnglish() {
        String caseId = CaseTables.openCase("PORTABILITY");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        String german = assistant.get("/dashboard/cases?q=" + caseId).asString();
        String english = assistant.get("/dashboard/cases?lang=en&q=" + caseId).asString();

        assertThat(german).contains("/dashboard/cases/" + caseId, "Datenübertragbarkeit (Art. 20)");
        assertThat(english).contains("/dashboard/cases/" + caseId, "Data portability (Art. 20)");
    }

    @Test
    void overdueCaseIsMarkedWithTheDaysItIsOverdue() {
        String overdue = CaseTables.openCase("ACCESS");
        new CaseTables(pool).execute("update dsr_case set current_due_on = current_date - 3 where id = $1",
                Tuple.of(UUID.fromString(overdue)));
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        String html = assistant.get("/dashboard/cases?q=" + overdue).asString();
        String casePage = assistant.get("/dashboard/cases/" + overdue).asString();
        String english = assistant.get("/dashboard/cases?lang=en&q=" + overdue).asString();
        String englishCasePage = assistant.get("/dashboard/cases/" + overdue + "?lang=en").asString();

        assertThat(html).containsPattern("<tr class=\"overdue\">\\s*<td><a href=\"/dashboard/cases/" + overdue);
        assertThat(html).containsPattern("<td class=\"days\">[34] Tage überfällig</td>");
        assertThat(english).containsPattern("<td class=\"days\">[34] days overdue</td>");
        // not "(-3 Tage)": the case page says how long it is overdue
        assertThat(casePage).containsPattern("\\([34] Tage überfällig\\)").doesNotContainPattern("\\(-[34] ");
        assertThat(englishCasePage).containsPattern("\\([34] days overdue\\)");
    }

    @Test
    void caseListSwitchesToEnglish() {
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        Response english = assistant.get("/dashboard/cases?lang=en");
        String remembered = assistant.get("/dashboard/cases").asString();

        assertThat(english.asString()).contains("<h1>Cases</h1>");
        assertThat(english.headers().getValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("dsr-lang=en;"));
        assertThat(remembered).contains("<h1>Cases</h1>");
    }

    @Test
    void casePageShowsTheRequesterTimelineActionsAndCaseFile() {
        String email = CaseTables.uniqueEmail();
        // an erasure case: only a request type with an erasure plan has the plan's section (issue #19)
        String caseId = CaseTables.openCase("ERASURE", email);
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        String html = assistant.get("/dashboard/cases/" + caseId).asString();
        Response file = assistant.get("/dashboard/cases/" + caseId + "/file");

        assertThat(html).contains(email, "Verlauf", "Antrag eingegangen", "Eingang über Webformular", "Frist verlängern",
                "/dashboard/cases/" + caseId + "/file", "Löschplan: zurzeit nicht verfügbar");
        // a case waiting for the requester's confirmation cannot be closed (the state machine refuses it): no form
        assertThat(html).doesNotContain("/dashboard/cases/" + caseId + "/actions/close");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.header("Content-Disposition")).contains("case-" + caseId + ".json");
        assertThat(file.asString()).contains(caseId);
    }

    @Test
    void formPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() {
        String caseId = CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        assistant.get("/dashboard/cases/" + caseId);

        Response response = assistant.post("/dashboard/cases/" + caseId + "/actions/note",
                Map.of("text", "forged"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new CaseTables(pool).timelineEntries(caseId, "NOTE")).isZero();
    }

    @ParameterizedTest(name = "POST {0}")
    @ValueSource(strings = {"actions/verify", "actions/extend", "actions/reject", "actions/note", "actions/close",
            "plan/7/approve", "plan/7/redact", "plan/7/decline", "plan/7/reclassify", "plan/7/pin",
            "name-matches/7/confirm", "name-matches/7/reject", "/dashboard/logout", "/dashboard/register"})
    void everyDashboardFormWithoutTheCsrfTokenIsRefused(String action) {
        String caseId = CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        assistant.get("/dashboard/cases/" + caseId);
        var timelineBefore = new CaseTables(pool).timeline(caseId);
        String path = action.startsWith("/") ? action : "/dashboard/cases/" + caseId + "/" + action;

        Response response = assistant.post(path, Map.of("text", "forged", "reasonCode", "OTHER",
                "reason", "forged", "category", "x", "until", "2030-01-01"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new CaseTables(pool).timeline(caseId)).isEqualTo(timelineBefore);
        assertThat(assistant.get("/dashboard").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest(name = "Content-Type \"{0}\"")
    @ValueSource(strings = {"text/plain", "application/json", "multipart/form-data; boundary=b"})
    void aChangeWithTheSessionCookieButNotAsAFormIsRefused(String contentType) {
        String caseId = CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        assistant.get("/dashboard/cases/" + caseId);
        var timelineBefore = new CaseTables(pool).timeline(caseId);
        byte[] body = (contentType.startsWith("multipart")
                ? "--b\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nforged\r\n--b--\r\n"
                : "text=forged").getBytes(StandardCharsets.UTF_8);

        Response response = assistant.request().contentType(contentType).body(body)
                .when().post("/dashboard/cases/" + caseId + "/actions/close");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(new CaseTables(pool).timeline(caseId)).isEqualTo(timelineBefore);
    }

    @Test
    void aChangeWithTheSessionCookieAndNoBodyAtAllIsRefused() throws Exception {
        String caseId = CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        assistant.get("/dashboard/cases/" + caseId);
        var timelineBefore = new CaseTables(pool).timeline(caseId);

        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + RestAssured.port + "/dashboard/cases/" + caseId + "/actions/close"))
                .header("Cookie", assistant.cookieHeader()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(new CaseTables(pool).timeline(caseId)).isEqualTo(timelineBefore);
    }

    @Test
    void aFormWithAnUpperCaseMediaTypeStillNeedsItsCsrfToken() {
        String caseId = CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        assistant.get("/dashboard/cases/" + caseId);

        Response response = assistant.request().contentType("APPLICATION/X-WWW-FORM-URLENCODED")
                .body("text=forged").when().post("/dashboard/cases/" + caseId + "/actions/note");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new CaseTables(pool).timelineEntries(caseId, "NOTE")).isZero();
    }

    @Test
    void aFormWithItsTokenInAnUpperCaseMediaTypeIsTaken() {
        String caseId = CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String token = assistant.csrfToken("/dashboard/cases/" + caseId);

        Response response = assistant.request().contentType("Application/X-WWW-Form-Urlencoded; Charset=UTF-8")
                .body("text=noted&csrf-token=" + token).when().post("/dashboard/cases/" + caseId + "/actions/note");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(new CaseTables(pool).timelineEntries(caseId, "NOTE")).isOne();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"Sec-Fetch-Site, same-site", "Sec-Fetch-Site, cross-site", "Origin, http://127.0.0.1:1",
            "Origin, null"})
    void aChangeSentFromAnotherSiteIsRefusedEvenWithItsToken(String header, String value) {
        String caseId = CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;
        String token = assistant.csrfToken(page);

        Response response = assistant.postWithHeader(page + "/actions/note", header, value,
                Map.of("text", "forged", "csrf-token", token));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(new CaseTables(pool).timelineEntries(caseId, "NOTE")).isZero();
    }

    @Test
    void formPostWithAWrongCsrfTokenIsRefused() {
        String caseId = CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        assistant.get("/dashboard/cases/" + caseId);

        Response response = assistant.post("/dashboard/cases/" + caseId + "/actions/note",
                Map.of("text", "forged", "csrf-token", "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVowMTIzNDU"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new CaseTables(pool).timelineEntries(caseId, "NOTE")).isZero();
    }

    @ParameterizedTest(name = "token {0}")
    @ValueSource(strings = {"not base64 at all!", "%", "QUJDR", "QUJD", "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVowMTIzNDU.x"})
    void formPostWithAMalformedCsrfTokenIsRefusedWith400(String token) {
        String caseId = CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        assistant.get("/dashboard/cases/" + caseId);

        Response response = assistant.post("/dashboard/cases/" + caseId + "/actions/note",
                Map.of("text", "forged", "csrf-token", token));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new CaseTables(pool).timelineEntries(caseId, "NOTE")).isZero();
    }

    @Test
    void formPostWithAMalformedCsrfHeaderIsRefusedWith400() {
        String caseId = CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        assistant.csrfToken("/dashboard/cases/" + caseId);

        Response response = assistant.postWithHeader("/dashboard/cases/" + caseId + "/actions/note",
                "X-CSRF-TOKEN", "not base64 at all!", Map.of("text", "forged"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new CaseTables(pool).timelineEntries(caseId, "NOTE")).isZero();
    }

    @ParameterizedTest(name = "cookie {0}")
    @ValueSource(strings = {"not base64 at all!", "%25", "QUJD"})
    void formPostWithAMalformedCsrfCookieIsRefusedWith400(String cookie) {
        String caseId = CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String token = assistant.csrfToken("/dashboard/cases/" + caseId);
        assistant.replaceCookie("dsr-csrf", cookie);

        Response response = assistant.post("/dashboard/cases/" + caseId + "/actions/note",
                Map.of("text", "forged", "csrf-token", token));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(new CaseTables(pool).timelineEntries(caseId, "NOTE")).isZero();
    }

    @Test
    void noteWithMarkupIsStoredAuditedAndShownEscaped() {
        String caseId = CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        Response response = assistant.submit(page, page + "/actions/note",
                Map.of("text", "<script>alert('x')</script> Rückruf"));
        String html = assistant.get(page).asString();

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith(page + "?done=note");
        assertThat(new CaseTables(pool).timeline(caseId)).anyMatch(entry -> entry.startsWith("NOTE|assistant|"));
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Rückruf")
                .doesNotContain("<script>alert");
    }

    @Test
    void extendingTwiceShowsTheStateMachinesRefusal() {
        String caseId = CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        Response first = assistant.submit(page, page + "/actions/extend", Map.of("text", "many mailboxes"));
        Response second = assistant.submit(page, page + "/actions/extend", Map.of("text", "again"));

        assertThat(first.statusCode()).isEqualTo(303);
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.asString()).contains("id=\"action-error\"", "Die Frist dieses Falls ist schon verlängert")
                .doesNotContain("already been extended");
    }

    @Test
    void lateRefusalShowsItsDeadlineAndTakesEffectOnlyWithTheConfirmationTicked() {
        CaseTables tables = new CaseTables(pool);
        String caseId = CaseTables.openCase("ACCESS");
        tables.execute("update dsr_case set due_on = date '2026-01-05', current_due_on = date '2026-01-05' where id = $1",
                Tuple.of(UUID.fromString(caseId)));
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        String html = assistant.get(page).asString();
        Response unconfirmed = assistant.submit(page, page + "/actions/reject",
                Map.of("reasonCode", "EXCESSIVE", "text", "fifth identical request"));
        Response confirmed = assistant.submit(page, page + "/actions/reject",
                Map.of("reasonCode", "EXCESSIVE", "text", "fifth identical request", "lateConfirmed", "true"));

        assertThat(html).contains("id=\"refusal-due\"", "id=\"reject-late\"",
                "Ablehnung (Art. 12 Abs. 4 DSGVO) mitzuteilen bis 2026-01-05");
        assertThat(unconfirmed.statusCode()).isEqualTo(409);
        assertThat(unconfirmed.asString()).contains("id=\"action-error\"", "lateConfirmed");
        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(tables.status(caseId)).isEqualTo("REJECTED");
    }

    @Test
    void emptyReasonIsRefusedWithTheValidationMessage() {
        String caseId = CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;
        assistant.get(page + "?lang=en");

        Response response = assistant.submit(page, page + "/actions/extend", Map.of("text", " "));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).contains("the reasons for the extension are required");
        assertThat(new CaseTables(pool).timelineEntries(caseId, "DEADLINE_EXTENDED")).isZero();
    }

    @Test
    void aGermanPageWordsTheValidationMessagesOfItsFormsInGerman() {
        String caseId = CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        Response extension = assistant.submit(page, page + "/actions/extend", Map.of("text", " "));
        Response note = assistant.submit(page, page + "/actions/note", Map.of("text", ""));

        assertThat(extension.statusCode()).isEqualTo(400);
        assertThat(extension.asString()).contains("Bitte geben Sie die Gründe für die Verlängerung an.")
                .doesNotContain("the reasons for the extension are required");
        assertThat(note.asString()).contains("Bitte geben Sie eine Notiz ein.").doesNotContain("a note is required");
    }

    @Test
    void planDecisionWithoutTheErasureServiceSaysItIsNotAvailable() {
        String caseId = CaseTables.openCase("ERASURE");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        String page = "/dashboard/cases/" + caseId;

        Response response = assistant.submit(page, page + "/plan/7/approve", Map.of());

        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.asString()).contains("erasure-service ist zurzeit nicht erreichbar")
                .doesNotContain("not available");
    }

    @Test
    void triageListsUnclassifiedCases() {
        String caseId = CaseTables.registerUnclassifiedLetter();
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        String html = assistant.get("/dashboard/triage").asString();

        assertThat(html).contains("Nicht zugeordnete Schreiben", "/dashboard/cases/" + caseId,
                "E-Mails ohne Vorgang");
    }

    @Test
    void logoutEndsTheSession() {
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        Response logout = assistant.submit("/dashboard", "/dashboard/logout", Map.of());
        Response after = assistant.get("/dashboard");

        assertThat(logout.statusCode()).isEqualTo(303);
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.header("Location")).endsWith("/login");
    }
}

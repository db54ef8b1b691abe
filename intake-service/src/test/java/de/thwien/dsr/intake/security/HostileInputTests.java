package de.thwien.dsr.intake.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.HostileInputContract;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.mail.RequestMailbox;
import de.thwien.dsr.intake.pages.FormSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile input against every operation of intake (API, requester pages, dashboard), poison records on its
 * topics, hostile mails into the request mailbox, and HTML in free text rendered escaped on the dashboard.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class HostileInputTests extends HostileInputContract {

    /** The envelope sender of the hostile mails, so that their From headers are delivered as they are. */
    private static final String HOSTILE_ENVELOPE_SENDER = "hostile-sender@requester.example";

    private RequestMailbox mailbox;

    @BeforeEach
    void openMailbox() {
        mailbox = RequestMailbox.ofTestConfiguration();
    }

    HostileInputTests() {
        super(List.of("dsr.notices", "dsr.discovery", "dsr.erasure"));
    }

    /**
     * Dashboard operations as a logged-in browser page would send them: session cookie and a valid CSRF token (in
     * its header, so the hostile body or Content-Type reaches the endpoint). A fresh session per input, since one
     * of them is the logout. The hostile-input user has a cheap bcrypt hash.
     */
    @Override
    protected RequestSpecification authorized(String operation) {
        if (operation.contains(" /dashboard")) {
            FormSession session = FormSession.loggedInAs("hostile-input", "demo-hostile");
            String token = session.csrfToken("/dashboard");
            return session.request().header("X-CSRF-TOKEN", token);
        }
        return super.authorized(operation);
    }

    /** The login form (handled by Quarkus, so not in the OpenAPI document) with every Content-Type variant. */
    @Override
    protected List<HostileCase> serviceSpecificCases() {
        List<HostileCase> cases = new ArrayList<>();
        Map<String, String> contentTypes = new LinkedHashMap<>();
        contentTypes.put("Content-Type absent", null);
        contentTypes.put("Content-Type empty", "");
        contentTypes.put("Content-Type upper case", "APPLICATION/X-WWW-FORM-URLENCODED");
        contentTypes.put("Content-Type mixed case with charset", "Application/X-WWW-Form-Urlencoded; Charset=UTF-8");
        contentTypes.put("Content-Type odd parameters", "application/x-www-form-urlencoded;;; =; charset; q=\"x");
        contentTypes.put("Content-Type JSON", "application/json");
        contentTypes.put("Content-Type text", "text/plain");
        contentTypes.put("Content-Type multipart without boundary", "multipart/form-data");
        contentTypes.put("Content-Type garbage", "%%/;;\u00e4");
        contentTypes.forEach((description, contentType) -> cases.add(new HostileCase(
                "login form POST /j_security_check", description, () -> withContentType(given().redirects()
                        .follow(false).header("X-Forwarded-For", CaseTables.uniqueClientAddress()), contentType,
                        "j_username=nobody&j_password=wrong").when().post("/j_security_check"))));
        return cases;
    }

    @Override
    protected boolean isPage(String kind) {
        return !kind.contains(" /api/");
    }

    @Test
    void htmlInFreeTextIsEscapedOnTheDashboard() {
        String script = "<script>alert('x')</script>";
        String caseId = given().header("X-Forwarded-For", "198.19.0.1").contentType(ContentType.JSON)
                .body(Map.of("type", "ACCESS", "email", "escaped@example.org", "name", "Eve " + script,
                        "language", "en", "message", "<img src=x onerror=alert(1)> " + script))
                .when().post("/api/requests").then().statusCode(202).extract().path("caseId");
        String page = FormSession.loggedInAs("assistant", "demo-assistant").get("/dashboard/cases/" + caseId)
                .then().statusCode(200).extract().asString();
        assertThat(page).doesNotContain("<script>", "<img src=x").contains("&lt;script&gt;");
    }

    @Test
    void hostileMailsBecomeCasesOrGoToTheErrorFolderAndThePollerKeepsRunning() throws Exception {
        Map<String, String> mails = new LinkedHashMap<>();
        mails.put("oversized body (3 MB)", plain("Auskunft", "Auskunft bitte. " + "x".repeat(3_000_000)));
        mails.put("garbled MIME boundary", headers("kaputt") + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"never-used\"\r\n\r\nno boundary at all\r\n");
        mails.put("CR/LF injection in encoded subject", headers("=?UTF-8?B?" + Base64.getEncoder().encodeToString(
                "Auskunft\r\nBcc: victim@example.org".getBytes(StandardCharsets.UTF_8)) + "?=")
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nAuskunft bitte\r\n");
        mails.put("RTL override and homoglyph sender", "From: =?UTF-8?B?" + Base64.getEncoder().encodeToString(
                "\u202Eevil \u0430dmin".getBytes(StandardCharsets.UTF_8)) + "?= <\u0430dmin@ex\u0430mple.org>\r\n"
                + rest("Auskunft") + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nLoeschen\r\n");
        mails.put("HTML and script body", headers("Loeschung") + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/html; charset=UTF-8\r\n\r\n<script>alert(1)</script><p>Bitte loeschen</p>\r\n");
        mails.put("NUL characters", plain("Auskunft\u0000", "Auskunft\u0000 bitte"));
        mails.put("unknown charset", headers("Auskunft") + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=x-unknown-999\r\n\r\nAuskunft bitte\r\n");
        mails.put("invalid base64 body", headers("Auskunft") + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64@@@\r\n");
        mails.put("no From header", rest("Auskunft") + "MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nAuskunft\r\n");
        mails.put("deeply nested multipart", nested(60));
        mails.put("IMAP search metacharacters", "From: \"\\\"*\\\" OR ALL\" <star-or-all@example.org>\r\n"
                + rest("\"} OR (FROM \"\") {5}") + "MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nAuskunft\r\n");
        mails.put("SQL metacharacters in sender name", "From: \"x'; DROP TABLE dsr_case;--\" <sql@example.org>\r\n"
                + rest("Auskunft") + "MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nAuskunft\r\n");

        Map<String, String> messageIds = new LinkedHashMap<>();
        for (Map.Entry<String, String> mail : mails.entrySet()) {
            String messageId = "<hostile-" + UUID.randomUUID() + "@requester.example>";
            mailbox.sendFrom(HOSTILE_ENVELOPE_SENDER, mail.getValue().replace("MESSAGE-ID", messageId));
            messageIds.put(mail.getKey(), messageId);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            for (String messageId : messageIds.values()) {
                if (mailbox.countIn("INBOX", messageId) > 0) {
                    return false;
                }
            }
            return true;
        });
        Map<String, Integer> outcomes = new TreeMap<>();
        for (String messageId : messageIds.values()) {
            String outcome = mailbox.countIn("Processed", messageId) == 1 ? "mail became a case (Processed)"
                    : mailbox.countIn("Errors", messageId) == 1 ? "mail refused (Errors folder)" : "mail lost";
            outcomes.merge(outcome, 1, Integer::sum);
        }
        StringBuilder table = new StringBuilder("\n| HostileInputTests mailbox outcome | count |\n|---|---:|\n");
        outcomes.forEach((outcome, count) -> table.append("| ").append(outcome).append(" | ").append(count)
                .append(" |\n"));
        System.out.println(table);
        assertThat(outcomes).doesNotContainKey("mail lost");
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get("/q/health/ready").statusCode() == 200);
        // the poller still takes ordinary mail afterwards
        String ordinary = "<ordinary-" + UUID.randomUUID() + "@requester.example>";
        mailbox.sendFrom(HOSTILE_ENVELOPE_SENDER,
                plain("Auskunft", "Ich bitte um Auskunft nach Art. 15 DSGVO.").replace("MESSAGE-ID", ordinary));
        await().atMost(Duration.ofSeconds(30)).until(() -> mailbox.countIn("Processed", ordinary) == 1);
    }

    private String headers(String subject) {
        return "From: Max Muster <max-" + UUID.randomUUID() + "@requester.example>\r\n" + rest(subject);
    }

    private String rest(String subject) {
        return "To: " + mailbox.address() + "\r\nSubject: " + subject + "\r\nMessage-ID: MESSAGE-ID\r\n"
                + "Date: Fri, 27 Nov 2026 10:00:00 +0100\r\n";
    }

    private String plain(String subject, String text) {
        return headers(subject) + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n" + text + "\r\n";
    }

    private String nested(int depth) {
        StringBuilder body = new StringBuilder(headers("Auskunft") + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n");
        for (int i = 1; i <= depth; i++) {
            body.append("--b").append(i - 1).append("\r\nContent-Type: multipart/mixed; boundary=\"b").append(i)
                    .append("\"\r\n\r\n");
        }
        body.append("--b").append(depth).append("\r\nContent-Type: text/plain\r\n\r\nAuskunft\r\n");
        for (int i = depth; i >= 0; i--) {
            body.append("--b").append(i).append("--\r\n");
        }
        return body.toString();
    }
}

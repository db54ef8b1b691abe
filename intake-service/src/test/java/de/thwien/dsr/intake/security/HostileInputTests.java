package de.thwien.dsr.intake.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.HostileInputContract;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.cases.RequesterDigest;
import de.thwien.dsr.intake.mail.RequestMailbox;
import de.thwien.dsr.intake.pages.FormSession;
import de.thwien.dsr.platform.address.MailAddressRule;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
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

    @Inject
    Pool pool;

    @Inject
    RequesterDigest digest;

    private FormSession assistant;

    @BeforeEach
    void openMailbox() {
        mailbox = RequestMailbox.ofTestConfiguration();
    }

    HostileInputTests() {
        super(List.of("dsr.notices", "dsr.discovery", "dsr.erasure"));
    }

    /** The logged-in page of the dashboard inputs since the last logout input (see {@link #authorized}). */
    private FormSession dashboardSession;
    private String dashboardToken;

    /**
     * Dashboard operations as a logged-in browser page would send them: session cookie and a valid CSRF token (in
     * its header, so the hostile body or Content-Type reaches the endpoint). One session for the inputs of every
     * operation but the logout, which ends every session of its user: each logout input gets a fresh session, and
     * the next input of another operation a new one. The hostile-input user has a cheap bcrypt hash. The token is
     * the session's, so it is read from the registration form, a page that neither loads every open case nor calls
     * other services (as the overview does).
     */
    @Override
    protected RequestSpecification authorized(String operation) {
        if (operation.endsWith(" /dashboard/logout")) {
            dashboardSession = null;
            FormSession session = FormSession.loggedInAs("hostile-input", "demo-hostile");
            return session.request().header("X-CSRF-TOKEN", session.csrfToken("/dashboard/register"));
        }
        if (operation.contains(" /dashboard")) {
            if (dashboardSession == null) {
                dashboardSession = FormSession.loggedInAs("hostile-input", "demo-hostile");
                dashboardToken = dashboardSession.csrfToken("/dashboard/register");
            }
            return dashboardSession.request().header("X-CSRF-TOKEN", dashboardToken);
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
        assertThat(page).doesNotContain("<script>", "<img src=x").contains("&lt;script&gt;")
                .as("her message, shown as the request's text").contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void unusualAddressesAreRefusedAtIntakeOrKeptInAFormTheNotifierDeliversTo() {
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> lost = new ArrayList<>();
        UNUSUAL_ADDRESSES.forEach((description, address) -> {
            String json = tagged(address, "j" + UUID.randomUUID().toString().substring(0, 8));
            Response viaJson = given().header("X-Forwarded-For", CaseTables.uniqueClientAddress())
                    .contentType(ContentType.JSON).body(Map.of("type", "ACCESS", "email", json))
                    .when().post("/api/requests");
            String outcome = outcomeOf(viaJson.statusCode(), viaJson.contentType(), "application/problem+json");
            if (outcome.startsWith("accepted")) {
                String stored = given().auth().preemptive().basic("assistant", "demo-assistant")
                        .get("/api/cases/" + viaJson.path("caseId")).then().statusCode(200)
                        .extract().path("requester.email");
                outcome = deliverableAsStored(stored) ? outcome : "accepted, but no notice can reach it";
            }
            record(outcomes, lost, "JSON " + description, outcome);

            String formAddress = tagged(address, "f" + UUID.randomUUID().toString().substring(0, 8));
            FormSession visitor = FormSession.anonymous();
            Response viaForm = visitor.postWithHeader("/request", "X-Forwarded-For", CaseTables.uniqueClientAddress(),
                    Map.of("type", "ACCESS", "email", formAddress, "csrf-token", visitor.csrfToken("/request")));
            outcome = outcomeOf(viaForm.statusCode(), viaForm.contentType(), "text/html");
            if (outcome.startsWith("accepted")) {
                MailAddressRule.Verdict verdict = MailAddressRule.check(formAddress);
                outcome = verdict.deliverable() && casesWithDigestOf(verdict.address()) == 1 ? outcome
                        : "accepted, but no notice can reach it";
            }
            record(outcomes, lost, "form " + description, outcome);
        });
        StringBuilder table = new StringBuilder("\n| HostileInputTests address outcome | count |\n|---|---:|\n");
        outcomes.forEach((outcome, count) -> table.append("| ").append(outcome).append(" | ").append(count)
                .append(" |\n"));
        System.out.println(table);
        assertThat(lost).as("addresses accepted but not deliverable, or neither 202 nor 400").isEmpty();
    }

    private static String outcomeOf(int status, String contentType, String refusalType) {
        if (status == 202) {
            return "accepted (202), deliverable as stored";
        }
        return status == 400 && String.valueOf(contentType).startsWith(refusalType) ? "refused at intake (400)"
                : "unexpected " + status;
    }

    private static void record(Map<String, Integer> outcomes, List<String> lost, String input, String outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
        if (!outcome.startsWith("refused") && !outcome.equals("accepted (202), deliverable as stored")) {
            lost.add(input + ": " + outcome);
        }
    }

    /** Whether the address the case keeps is one the notifier sends to as it is. */
    private static boolean deliverableAsStored(String stored) {
        MailAddressRule.Verdict verdict = MailAddressRule.check(stored);
        return verdict.deliverable() && verdict.address().equals(stored);
    }

    private long casesWithDigestOf(String address) {
        return pool.preparedQuery("select count(*) from dsr_case where requester_email_digest = $1")
                .execute(Tuple.of(digest.of(address))).await().indefinitely().iterator()
                .next().getLong(0);
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
        mails.put("raw 8-bit UTF-8 in subject and sender name", "From: Jürgen Müller – Łódź <juergen-"
                + UUID.randomUUID() + "@requester.example>\r\n" + rest("Löschung meiner Daten")
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nBitte löschen.\r\n");
        // the Message-ID chosen by the sender: over-long, and reused by a different mail
        Map<String, String> chosenIds = new LinkedHashMap<>();
        mails.put("Message-ID of 6,000 characters", plain("Auskunft", "Auskunft bitte"));
        chosenIds.put("Message-ID of 6,000 characters", "<" + randomCharacters(6_000) + "@a.example>");
        mails.put("Message-ID of 900 characters", plain("Auskunft", "Auskunft bitte"));
        chosenIds.put("Message-ID of 900 characters", "<" + randomCharacters(900) + "@a.example>");
        String reused = "<reused-" + UUID.randomUUID() + "@requester.example>";
        mails.put("Message-ID of an earlier mail", plain("Auskunft", "Ich bitte um Auskunft."));
        chosenIds.put("Message-ID of an earlier mail", reused);
        mails.put("same Message-ID, other sender and text", plain("Loeschung", "Bitte loeschen Sie alles."));
        chosenIds.put("same Message-ID, other sender and text", reused);

        Map<String, String> messageIds = new LinkedHashMap<>();
        for (Map.Entry<String, String> mail : mails.entrySet()) {
            String messageId = chosenIds.getOrDefault(mail.getKey(),
                    "<hostile-" + UUID.randomUUID() + "@requester.example>");
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
        // every hostile mail differs from the others: each must be a case of its own or in the error folder
        Map<String, Integer> outcomes = new TreeMap<>();
        Map<String, Long> sent = messageIds.values().stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        for (Map.Entry<String, Long> id : sent.entrySet()) {
            int cases = (int) casesWith(id.getKey());
            int refused = mailbox.countIn("Errors", id.getKey());
            outcomes.merge("mail became a case (Processed)", cases, Integer::sum);
            outcomes.merge("mail refused (Errors folder)", refused, Integer::sum);
            if (id.getValue() > cases + refused) {
                outcomes.merge("mail lost", (int) (id.getValue() - cases - refused), Integer::sum);
            }
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

    /** Random, so that PostgreSQL cannot compress a long Message-ID into an index entry. */
    private static String randomCharacters(int count) {
        StringBuilder characters = new StringBuilder();
        while (characters.length() < count) {
            characters.append(UUID.randomUUID());
        }
        return characters.substring(0, count);
    }

    private long casesWith(String messageId) {
        return pool.preparedQuery("select count(*) from dsr_case where original_message_id = $1")
                .execute(Tuple.of(messageId)).await().indefinitely().iterator().next().getLong(0);
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

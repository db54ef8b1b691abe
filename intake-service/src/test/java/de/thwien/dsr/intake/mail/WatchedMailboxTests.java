package de.thwien.dsr.intake.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.deadlines.DeadlineCalculator;
import de.thwien.dsr.intake.pages.FormSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A request mailed to another address of the controller (the watched info@ mailbox of the test configuration) is
 * suggested in triage once, opens no case and sends nothing by itself, stays untouched in its mailbox, and becomes a
 * case with its arrival there as receipt instant when the assistant opens it.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class WatchedMailboxTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @Inject
    MailboxWatch watch;

    private RequestMailbox info;

    @BeforeEach
    void openWatchedMailbox() {
        info = RequestMailbox.ofTestConfiguration().at("info@dsr.test");
    }

    /** As curl or a script calls the API: a post without a body is no form (a form would need its CSRF token). */
    private static RequestSpecification assistant() {
        return given().auth().preemptive().basic("assistant", "demo-assistant").contentType("application/json");
    }

    @Test
    void aRequestToAnotherAddressIsSuggestedOnceAndOpensNoCaseSendsNothingAndStaysUnread() throws Exception {
        String messageId = newMessageId();
        String subject = "Löschung meiner Daten " + UUID.randomUUID();
        long casesBefore = count("select count(*) from dsr_case");
        long announcedBefore = count("select count(*) from outbox_event where event_type like '%request.received%'");

        info.send(mail(messageId, subject, "Bitte löschen Sie alle meine Daten."));
        awaitWatchedOnce();
        awaitWatchedOnce();

        List<Map<String, Object>> suggested = suggestionsWithSubject(subject);
        assertThat(suggested).singleElement().satisfies(row -> {
            assertThat(row.get("type")).isEqualTo("ERASURE");
            assertThat(row.get("mailbox")).isEqualTo("info");
            assertThat(row.get("senderMasked")).isEqualTo("a***@e***.org");
            assertThat(row.get("receivedAt")).isNotNull();
        });
        assertThat(count("select count(*) from dsr_case")).isEqualTo(casesBefore);
        assertThat(count("select count(*) from outbox_event where event_type like '%request.received%'"))
                .isEqualTo(announcedBefore);
        assertThat(info.countIn("INBOX", messageId)).isEqualTo(1);
        assertThat(info.seenInInbox(messageId)).isFalse();
    }

    @Test
    void oneClickOpensTheCaseWithTheMailsArrivalThereAsItsReceipt() throws Exception {
        String messageId = newMessageId();
        String subject = "Auskunft nach Art. 15 " + UUID.randomUUID();
        // at a fixed morning hour: GreenMail reads an appended mail's arrival between 12:00 and 12:59 as 00:xx (a
        // 12-hour clock in its date handling), which made this test fail only when it ran around noon
        Instant arrived = Instant.now().minus(Duration.ofDays(5)).atZone(java.time.ZoneOffset.UTC)
                .withHour(9).withMinute(30).toInstant().truncatedTo(ChronoUnit.SECONDS);
        info.appendArrivedAt(mail(messageId, subject, "Ich bitte um Auskunft über meine Daten."), arrived);
        awaitWatchedOnce();
        Map<String, Object> suggestion = suggestionsWithSubject(subject).get(0);

        io.restassured.response.Response opened = assistant().when()
                .post("/api/mail-suggestions/" + suggestion.get("id") + "/case").then().statusCode(201).extract()
                .response();
        String caseId = opened.path("caseId");
        assertThat(opened.asString()).as("the requester's status link is hers, not the assistant's")
                .doesNotContain("/status/");

        Row row = pool.preparedQuery("select * from dsr_case where id = $1").execute(Tuple.of(UUID.fromString(caseId)))
                .await().indefinitely().iterator().next();
        assertThat(row.getOffsetDateTime("received_at").toInstant()).isEqualTo(arrived);
        assertThat(row.getLocalDate("due_on")).isEqualTo(new DeadlineCalculator().deadlinesFor(arrived).dueOn());
        assertThat(row.getString("channel")).isEqualTo("OTHER_ADDRESS");
        assertThat(row.getString("request_type")).isEqualTo("ACCESS");
        assertThat(row.getString("original_message_id")).isEqualTo(messageId);
        CaseTables tables = new CaseTables(pool);
        assertThat(tables.timeline(caseId)).first().asString()
                .startsWith("REQUEST_RECEIVED|assistant|Registered by assistant").contains("mail to another address (info)");
        assertThat(tables.outboxPayloads(caseId, "request.received")).singleElement().asString()
                .contains("anna.beispiel@example.org");
        assertThat(tables.outboxEvents(caseId, "verification.requested")).isEqualTo(1);
        assistant().when().post("/api/mail-suggestions/" + suggestion.get("id") + "/case")
                .then().statusCode(409).contentType("application/problem+json");
        assertThat(suggestionsWithSubject(subject)).isEmpty();
        assertThat(info.countIn("INBOX", messageId)).isEqualTo(1);
    }

    @Test
    void automaticAndUnclassifiedMailIsNotSuggested() throws Exception {
        String outOfOffice = "Abwesenheitsnotiz: Löschung " + UUID.randomUUID();
        String offer = "Angebot Webkonferenz " + UUID.randomUUID();
        info.send(mail(newMessageId(), outOfOffice, "Ich bin bis Montag nicht da. Löschung folgt.")
                .replace("Subject:", "Auto-Submitted: auto-replied\r\nSubject:"));
        info.send(mail(newMessageId(), offer, "Anbei unser Angebot für die Konferenzlizenz."));

        awaitWatchedOnce();

        assertThat(suggestionsWithSubject(outOfOffice)).isEmpty();
        assertThat(suggestionsWithSubject(offer)).isEmpty();
    }

    @Test
    void triageShowsTheSuggestionAndItsButtonOpensTheCase() throws Exception {
        String subject = "Widerruf meiner Einwilligung " + UUID.randomUUID();
        info.send(mail(newMessageId(), subject, "Ich widerrufe meine Einwilligung."));
        awaitWatchedOnce();
        String id = (String) suggestionsWithSubject(subject).get(0).get("id");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        String triage = assistant.get("/dashboard/triage").asString();
        Response opened = assistant.submit("/dashboard/triage", "/dashboard/suggestions/" + id + "/case", Map.of());

        assertThat(triage).contains("Mögliche Anträge in anderen Postfächern", subject, "a***@e***.org",
                "/dashboard/suggestions/" + id + "/case");
        assertThat(opened.statusCode()).isEqualTo(303);
        assertThat(opened.header("Location")).contains("/dashboard/cases/" + id);
    }

    /** One round of the watch; the scheduled round may hold the job at that moment, then it is tried again. */
    private void awaitWatchedOnce() {
        await().atMost(PATIENCE).until(() -> watch.watchOnce().isPresent());
    }

    private static List<Map<String, Object>> suggestionsWithSubject(String subject) {
        List<Map<String, Object>> all = assistant().when().get("/api/mail-suggestions")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return all.stream().filter(row -> subject.equals(row.get("subject"))).toList();
    }

    private long count(String sql) {
        return pool.preparedQuery(sql).execute().await().indefinitely().iterator().next().getLong(0);
    }

    private static String newMessageId() {
        return "<" + UUID.randomUUID() + "@requester.example>";
    }

    private String mail(String messageId, String subject, String text) {
        return "From: Anna Beispiel <anna.beispiel@example.org>\r\n"
                + "To: " + info.address() + "\r\n"
                + "Subject: " + subject + "\r\n"
                + "Message-ID: " + messageId + "\r\n"
                + "Date: Fri, 27 Nov 2026 10:00:00 +0100\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n" + text + "\r\n";
    }
}

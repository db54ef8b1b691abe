package de.thwien.dsr.intake.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.OtherInstance;
import de.thwien.dsr.platform.jobs.SingleInstanceJob;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class MailIntakeTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String AUTOMATIC_FOLDER = "DSR-Automatic";

    @Inject
    Pool pool;

    @Inject
    MailboxPoller poller;

    @Inject
    MailAttempts attempts;

    @Inject
    FinishedPolls polls;

    private RequestMailbox mailbox;

    @BeforeEach
    void openMailbox() {
        mailbox = RequestMailbox.ofTestConfiguration();
    }

    @Test
    void germanAccessRequestByMailBecomesExactlyOneAccessCaseWithADueDate() throws Exception {
        String messageId = newMessageId();
        mailbox.send(plainMail(messageId, "Auskunftsersuchen", "Ich bitte um Auskunft nach Art. 15 DSGVO.\nMax Muster"));

        await().atMost(PATIENCE).until(() -> casesWith(messageId) == 1);
        Row row = caseWith(messageId);
        assertThat(row.getString("request_type")).isEqualTo("ACCESS");
        assertThat(row.getString("language")).isEqualTo("de");
        assertThat(row.getString("channel")).isEqualTo("EMAIL");
        assertThat(row.getString("status")).as("the sender is only a claim").isEqualTo("AWAITING_VERIFICATION");
        assertThat(row.getLocalDate("due_on")).isNotNull();
        await().atMost(PATIENCE).until(() -> mailbox.countIn("Processed", messageId) == 1);
        assertThat(mailbox.countIn("INBOX", messageId)).isZero();
        assertThat(outboxPayload(row.getUUID("id").toString())).contains("\"originalMessageId\":\"" + messageId + "\"");
    }

    @Test
    void sameMailPolledAgainOrLeftInTheInboxByACrashStillGivesOneCase() throws Exception {
        String messageId = newMessageId();
        String mail = plainMail(messageId, "Request", "Please delete all my data. Regards");
        mailbox.send(mail);
        await().atMost(PATIENCE).until(() -> casesWith(messageId) == 1);

        // a restart between commit and move leaves the mail in the inbox: the next polls meet it again
        mailbox.send(mail);
        await().atMost(PATIENCE).until(() -> mailbox.countIn("Processed", messageId) == 2);
        poller.pollOnce();

        assertThat(casesWith(messageId)).isEqualTo(1);
        assertThat(caseWith(messageId).getString("request_type")).isEqualTo("ERASURE");
    }

    @Test
    void htmlOnlyMultipartMailIsReadAndUnclearMailBecomesUnclassified() throws Exception {
        String htmlId = newMessageId();
        String unclearId = newMessageId();
        mailbox.send(header(htmlId, "Anfrage") + "MIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
                + "<html><body><p>Hiermit widerrufe ich meine <b>Einwilligung</b>.</p></body></html>\r\n--b1--\r\n");
        mailbox.send(plainMail(unclearId, "Frage", "Wann ist unser Termin?"));

        await().atMost(PATIENCE).until(() -> casesWith(htmlId) == 1 && casesWith(unclearId) == 1);
        assertThat(caseWith(htmlId).getString("request_type")).isEqualTo("CONSENT_WITHDRAWAL");
        assertThat(caseWith(unclearId).getString("request_type")).isEqualTo("UNCLASSIFIED");
        assertThat(caseWith(unclearId).getLocalDate("due_on")).as("unclear mail still gets a due date").isNotNull();
    }

    @Test
    void theTextOfAnUnclearMailIsOnItsCasePageAndSealedInTheTable() throws Exception {
        String messageId = newMessageId();
        mailbox.send(plainMail(messageId, "Frage", "Wann ist eigentlich unser Termin?\nGruß Jo"));

        await().atMost(PATIENCE).until(() -> casesWith(messageId) == 1);
        Row row = caseWith(messageId);
        assertThat(row.getString("request_type")).isEqualTo("UNCLASSIFIED");
        assertThat(row.getString("message")).as("sealed with the case's key").isNotNull()
                .doesNotContain("eigentlich");
        String page = de.thwien.dsr.intake.pages.FormSession.loggedInAs("assistant", "demo-assistant")
                .get("/dashboard/cases/" + row.getUUID("id")).then().statusCode(200).extract().asString()
                .replace("\r\n", "\n");
        assertThat(page).contains("id=\"request-text\"",
                "Frage\n\nWann ist eigentlich unser Termin?\nGruß Jo", "id=\"classification\"");
        assertThat(caseFileMessage(messageId).replace("\r\n", "\n"))
                .isEqualTo("Frage\n\nWann ist eigentlich unser Termin?\nGruß Jo");
    }

    @Test
    void htmlOnlyMailWithEntitiesAndLineBreaksIsClassifiedAndItsTextReadsCorrectly() throws Exception {
        String messageId = newMessageId();
        mailbox.send(header(messageId, "Anfrage") + "MIME-Version: 1.0\r\nContent-Type: text/html; charset=UTF-8\r\n\r\n"
                + "<html><body><div>Ich bitte um L&ouml;schung meiner Daten.<br>Mit freundlichen Gr&#252;&szlig;en"
                + "<br>J&#228;rgen</div></body></html>\r\n");

        await().atMost(PATIENCE).until(() -> casesWith(messageId) == 1);
        assertThat(caseWith(messageId).getString("request_type")).isEqualTo("ERASURE");
        assertThat(caseFileMessage(messageId))
                .isEqualTo("Anfrage\n\nIch bitte um Löschung meiner Daten.\nMit freundlichen Grüßen\nJärgen");
    }

    @Test
    void germanErasureRequestQuotedUnderAnEnglishReplyOpensOneAccessCaseThatKeepsTheWholeText() throws Exception {
        String messageId = newMessageId();
        mailbox.send(plainMail(messageId, "Re: Anfrage", "Please send me a copy of my data.\n\n"
                + "Am 3. März 2026 schrieb Anna Beispiel <anna@example.org>:\n> Bitte löschen Sie alle meine Daten."));

        await().atMost(PATIENCE).until(() -> casesWith(messageId) == 1);
        assertThat(caseWith(messageId).getString("request_type")).isEqualTo("ACCESS");
        assertThat(caseWith(messageId).getString("language")).isEqualTo("en");
        assertThat(caseFileMessage(messageId)).endsWith("> Bitte löschen Sie alle meine Daten.");
    }

    @Test
    void garbledMimeMailLandsInTheErrorFolderAndOnTheDashboard() throws Exception {
        String messageId = newMessageId();
        mailbox.send(header(messageId, "kaputt") + "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"never-used\"\r\n\r\n"
                + "this body has no boundary at all\r\n");

        await().atMost(PATIENCE).until(() -> mailbox.countIn("Errors", messageId) == 1);
        assertThat(casesWith(messageId)).isZero();
        assertThat(mailbox.countIn("INBOX", messageId)).isZero();
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/mail-failures")
                .then().statusCode(200).body("messageId", hasItem(messageId));
    }

    @Test
    void mailStaysInTheInboxWhileAnotherInstancePollsAndBecomesACaseAfterwards() throws Exception {
        String messageId = newMessageId();
        try (OtherInstance polling = OtherInstance.running(SingleInstanceJob.named(MailboxPoller.JOB, pool), pool)) {
            mailbox.send(plainMail(messageId, "Auskunft", "Bitte um Auskunft nach Art. 15 DSGVO."));
            await().atMost(PATIENCE).until(() -> mailbox.countIn("INBOX", messageId) == 1);

            Instant inInbox = Instant.now();

            assertThat(poller.pollOnce()).as("this instance's poll is skipped").isEmpty();
            polls.awaitBegunAfter(inInbox, 2, PATIENCE);
            assertThat(mailbox.countIn("INBOX", messageId)).as("the scheduled polls skipped too").isEqualTo(1);
            assertThat(casesWith(messageId)).isZero();
        }

        await().atMost(PATIENCE).until(() -> casesWith(messageId) == 1);
        await().atMost(PATIENCE).until(() -> mailbox.countIn("Processed", messageId) == 1);
        assertThat(mailbox.countIn("INBOX", messageId)).isZero();
    }

    @Test
    void mailWithASixThousandCharacterMessageIdGoesToTheErrorFolderAndIsListedForTriage() throws Exception {
        // random, so that PostgreSQL cannot compress it into an index entry
        String messageId = "<" + randomCharacters(6_000) + "@requester.example>";
        mailbox.send(plainMail(messageId, "Auskunft", "Ich bitte um Auskunft nach Art. 15 DSGVO."));

        await().atMost(PATIENCE).until(() -> mailbox.countIn("Errors", messageId) == 1);
        assertThat(mailbox.countIn("INBOX", messageId)).isZero();
        assertThat(casesWith(messageId)).isZero();
        // listed under a bounded key: the id itself would not fit a database index
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/mail-failures")
                .then().statusCode(200)
                .body("find { it.messageId == '" + sha256Key(messageId) + "' }.reason", containsString("Message-ID"));
    }

    @Test
    void mailWhoseCaseCannotBeOpenedTwiceGoesToTheErrorFolderWithTheReason() throws Exception {
        String messageId = newMessageId();
        try (AutoCloseable refusal = casesRefusedFor(messageId, "P0001")) {
            mailbox.send(plainMail(messageId, "Auskunft", "Ich bitte um Auskunft nach Art. 15 DSGVO."));

            await().atMost(PATIENCE).until(() -> mailbox.countIn("Errors", messageId) == 1);
        }
        assertThat(mailbox.countIn("INBOX", messageId)).isZero();
        assertThat(casesWith(messageId)).isZero();
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/mail-failures")
                .then().statusCode(200)
                .body("find { it.messageId == '" + messageId + "' }.reason", containsString("refused by the test"));
    }

    @Test
    void failuresOfAMailAreCountedInTheDatabaseSoThatARestartOrAnotherInstanceContinuesTheCount() {
        String mailboxRef = "INBOX/1/" + UUID.randomUUID();

        assertThat(attempts.failed(mailboxRef, "first")).isEqualTo(1);
        assertThat(attempts.failed(mailboxRef, "second")).isEqualTo(2);
        Row row = pool.preparedQuery("select failures, last_reason from mail_intake_attempt where mailbox_ref = $1")
                .execute(Tuple.of(mailboxRef)).await().indefinitely().iterator().next();
        assertThat(row.getInteger("failures")).isEqualTo(2);
        assertThat(row.getString("last_reason")).isEqualTo("second");

        attempts.forget(mailboxRef);
        assertThat(attempts.failed(mailboxRef, "again")).as("a new count").isEqualTo(1);
    }

    @Test
    void mailFailingWhileTheDatabaseIsUnreachableStaysInTheInboxAndBecomesACaseAfterwards() throws Exception {
        String messageId = newMessageId();
        // SQLSTATE 08006 is what PostgreSQL reports for a lost connection: an outage, not the mail's fault
        try (AutoCloseable outage = casesRefusedFor(messageId, "08006")) {
            mailbox.send(plainMail(messageId, "Auskunft", "Ich bitte um Auskunft nach Art. 15 DSGVO."));
            await().atMost(PATIENCE).until(() -> mailbox.countIn("INBOX", messageId) == 1);
            Instant inInbox = Instant.now();

            // more polls than a mail at fault gets before the error folder
            polls.awaitBegunAfter(inInbox, MailboxPoller.FAILURES_BEFORE_ERROR_FOLDER + 1, PATIENCE);
            assertThat(mailbox.countIn("INBOX", messageId)).isEqualTo(1);
            assertThat(mailbox.countIn("Errors", messageId)).isZero();
        }

        await().atMost(PATIENCE).until(() -> casesWith(messageId) == 1);
        await().atMost(PATIENCE).until(() -> mailbox.countIn("Processed", messageId) == 1);
        assertThat(mailbox.countIn("Errors", messageId)).isZero();
    }

    @Test
    void differentMailReusingAKnownMessageIdOpensACaseOfItsOwn() throws Exception {
        String messageId = newMessageId();
        mailbox.send(plainMail(messageId, "Auskunft", "Ich bitte um Auskunft nach Art. 15 DSGVO."));
        await().atMost(PATIENCE).until(() -> casesWith(messageId) == 1);

        // another sender (header() makes a new address), another text, the same Message-ID
        mailbox.send(plainMail(messageId, "Deletion", "Please delete all my data."));

        await().atMost(PATIENCE).until(() -> casesWith(messageId) == 2);
        await().atMost(PATIENCE).until(() -> mailbox.countIn("Processed", messageId) == 2);
        assertThat(requestTypesWith(messageId)).containsExactlyInAnyOrder("ACCESS", "ERASURE");
    }

    @Test
    void rawUtf8InSubjectAndSenderNameIsReadAsUtf8() throws Exception {
        String messageId = newMessageId();
        mailbox.send("From: Jürgen Müller <juergen-" + UUID.randomUUID() + "@requester.example>\r\n"
                + "To: " + mailbox.address() + "\r\nSubject: Löschung meiner Daten – Jürgen\r\n"
                + "Message-ID: " + messageId + "\r\nDate: Fri, 27 Nov 2026 10:00:00 +0100\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n"
                + "\r\nBitte löschen Sie alles.\r\n");

        await().atMost(PATIENCE).until(() -> casesWith(messageId) == 1);
        String caseId = caseWith(messageId).getUUID("id").toString();
        JsonPath file = given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId + "/file")
                .then().statusCode(200).extract().jsonPath();
        assertThat(file.getString("caseView.requester.name")).isEqualTo("Jürgen Müller");
        assertThat(file.getString("message")).startsWith("Löschung meiner Daten – Jürgen\n");
        assertThat(file.getString("caseView.type")).isEqualTo("ERASURE");
    }

    @Test
    void outOfOfficeReplyOpensNoCaseAndIsMovedToTheAutomaticFolderAndListedForTheAssistant() throws Exception {
        String messageId = newMessageId();
        mailbox.send(header(messageId, "Abwesenheitsnotiz: Ihre Nachricht")
                + "Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\nIch bin bis 14.12. nicht im Büro. Anfragen zur Löschung"
                + " von Daten bitte an meine Vertretung.\r\n");

        await().atMost(PATIENCE).until(() -> mailbox.countIn(AUTOMATIC_FOLDER, messageId) == 1);
        assertThat(mailbox.countIn("INBOX", messageId)).isZero();
        assertThat(casesWith(messageId)).isZero();
        assertThat(requestEventsNaming(messageId)).as("no request.received, so no mail to the sender").isZero();
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/mail-failures")
                .then().statusCode(200)
                .body("findAll { it.messageId == '" + messageId + "' }.size()", is(1))
                .body("find { it.messageId == '" + messageId + "' }.kind", is("AUTOMATIC_MAIL"))
                .body("find { it.messageId == '" + messageId + "' }.reason", is("AUTO_SUBMITTED"))
                .body("find { it.messageId == '" + messageId + "' }.folder", is(AUTOMATIC_FOLDER));
    }

    @Test
    void deliveryReportFromTheMailerDaemonOpensNoCase() throws Exception {
        String messageId = newMessageId();
        mailbox.send("From: Mail Delivery System <MAILER-DAEMON@mx.requester.example>\r\n"
                + "To: " + mailbox.address() + "\r\nSubject: Undelivered Mail Returned to Sender\r\n"
                + "Message-ID: " + messageId + "\r\nDate: Fri, 27 Nov 2026 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"dsn\"\r\n\r\n"
                + "--dsn\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Your message about the Löschung could not be delivered.\r\n"
                + "--dsn\r\nContent-Type: message/delivery-status\r\n\r\n"
                + "Reporting-MTA: dns; mx.requester.example\r\n\r\n"
                + "Final-Recipient: rfc822; anna@requester.example\r\nAction: failed\r\nStatus: 5.1.1\r\n"
                + "Diagnostic-Code: smtp; 550 5.1.1 user unknown\r\n\r\n"
                + "--dsn\r\nContent-Type: text/rfc822-headers\r\n\r\n"
                + "From: " + mailbox.address() + "\r\nSubject: Ihre Datenschutzanfrage ist eingegangen\r\n\r\n"
                + "--dsn--\r\n");

        await().atMost(PATIENCE).until(() -> mailbox.countIn(AUTOMATIC_FOLDER, messageId) == 1);
        assertThat(casesWith(messageId)).isZero();
        assertThat(requestEventsNaming(messageId)).isZero();
        given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/mail-failures")
                .then().statusCode(200)
                .body("find { it.messageId == '" + messageId + "' }.reason", is("DELIVERY_REPORT"));
    }

    @Test
    void mailingListMailOpensNoCaseWhileARequestBesideItOpensExactlyOne() throws Exception {
        String listMailId = newMessageId();
        String requestId = newMessageId();
        mailbox.send(header(listMailId, "[verein] Newsletter Dezember") + "List-Id: Verein <verein.lists.example>\r\n"
                + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n"
                + "Bitte um Auskunft, wer zur Weihnachtsfeier kommt.\r\n");
        mailbox.send(plainMail(requestId, "Auskunft", "Ich bitte um Auskunft nach Art. 15 DSGVO."));

        await().atMost(PATIENCE).until(() -> mailbox.countIn(AUTOMATIC_FOLDER, listMailId) == 1
                && mailbox.countIn("Processed", requestId) == 1);
        assertThat(casesWith(listMailId)).isZero();
        assertThat(requestEventsNaming(listMailId)).isZero();
        assertThat(casesWith(requestId)).isEqualTo(1);
        assertThat(requestEventsNaming(requestId)).isEqualTo(1);
        assertThat(mailbox.countIn(AUTOMATIC_FOLDER, requestId)).isZero();
    }

    @Test
    void automaticMailRecordedBeforeACrashIsMovedOnTheNextPollWithoutASecondListingOrACase() throws Exception {
        String messageId = newMessageId();
        try (OtherInstance polling = OtherInstance.running(SingleInstanceJob.named(MailboxPoller.JOB, pool), pool)) {
            mailbox.send(header(messageId, "Automatische Antwort") + "X-Autoreply: yes\r\n\r\nBin im Urlaub.\r\n");
            await().atMost(PATIENCE).until(() -> mailbox.countIn("INBOX", messageId) == 1);
            // what the poller had committed before the crash: the listing, while the mail still lies in the inbox
            pool.preparedQuery("insert into mail_intake_failure (message_id, folder, reason, kind, mailbox_ref,"
                            + " recorded_at) values ($1, $2, 'AUTO_REPLY_HEADER', 'AUTOMATIC_MAIL', $3, now())")
                    .execute(Tuple.of(messageId, AUTOMATIC_FOLDER, mailbox.inboxRefOf(messageId)))
                    .await().indefinitely();
        }

        await().atMost(PATIENCE).until(() -> mailbox.countIn(AUTOMATIC_FOLDER, messageId) == 1);
        assertThat(mailbox.countIn("INBOX", messageId)).isZero();
        assertThat(casesWith(messageId)).isZero();
        assertThat(pool.preparedQuery("select count(*) from mail_intake_failure where message_id = $1")
                .execute(Tuple.of(messageId)).await().indefinitely().iterator().next().getLong(0)).isEqualTo(1);
    }

    private static String newMessageId() {
        return "<" + UUID.randomUUID() + "@requester.example>";
    }

    private String header(String messageId, String subject) {
        return "From: Max Muster <max-" + UUID.randomUUID() + "@requester.example>\r\n"
                + "To: " + mailbox.address() + "\r\n"
                + "Subject: " + subject + "\r\n"
                + "Message-ID: " + messageId + "\r\n"
                + "Date: Fri, 27 Nov 2026 10:00:00 +0100\r\n";
    }

    private String plainMail(String messageId, String subject, String text) {
        return header(messageId, subject) + "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: 8bit\r\n\r\n" + text.replace("\n", "\r\n") + "\r\n";
    }

    /**
     * Makes PostgreSQL refuse a case for this Message-ID with the given SQLSTATE until closed: a failure of
     * this one mail while everything else works (P0001), or one that looks like a lost connection (08006).
     */
    private AutoCloseable casesRefusedFor(String messageId, String sqlState) {
        String name = "refuse_" + UUID.randomUUID().toString().replace("-", "");
        pool.query("create function " + name + "() returns trigger language plpgsql as $$ begin"
                + " if new.original_message_id = '" + messageId + "' then"
                + " raise exception 'refused by the test' using errcode = '" + sqlState + "'; end if;"
                + " return new; end $$;"
                + " create trigger " + name + " before insert on dsr_case for each row execute function " + name
                + "()").execute().await().indefinitely();
        return () -> pool.query("drop trigger " + name + " on dsr_case; drop function " + name + "()").execute()
                .await().indefinitely();
    }

    private static String randomCharacters(int count) {
        StringBuilder characters = new StringBuilder();
        while (characters.length() < count) {
            characters.append(UUID.randomUUID());
        }
        return characters.substring(0, count);
    }

    private static String sha256Key(String messageId) throws Exception {
        return "sha256:" + HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(messageId.getBytes(StandardCharsets.UTF_8)));
    }

    private List<String> requestTypesWith(String messageId) {
        List<String> types = new ArrayList<>();
        pool.preparedQuery("select request_type from dsr_case where original_message_id = $1")
                .execute(Tuple.of(messageId)).await().indefinitely().forEach(row -> types.add(row.getString(0)));
        return types;
    }

    /** The request.received events (the notifier's trigger for every mail to the sender) that name the mail. */
    private long requestEventsNaming(String messageId) {
        return pool.preparedQuery("select count(*) from outbox_event where event_type = $1 and position($2 in payload) > 0")
                .execute(Tuple.of("de.thwien.dsr.request.received.v1", "\"originalMessageId\":\"" + messageId + "\""))
                .await().indefinitely().iterator().next().getLong(0);
    }

    private long casesWith(String messageId) {
        return pool.preparedQuery("select count(*) from dsr_case where original_message_id = $1")
                .execute(Tuple.of(messageId)).await().indefinitely().iterator().next().getLong(0);
    }

    private Row caseWith(String messageId) {
        return pool.preparedQuery("select * from dsr_case where original_message_id = $1")
                .execute(Tuple.of(messageId)).await().indefinitely().iterator().next();
    }

    /** The case's message as the assistant reads it (the table holds it sealed). */
    private String caseFileMessage(String messageId) {
        return given().auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseWith(messageId).getUUID("id") + "/file")
                .then().statusCode(200).extract().jsonPath().getString("message");
    }

    private String outboxPayload(String caseId) {
        return pool.preparedQuery("select payload from outbox_event where record_key = $1 and event_type = $2")
                .execute(Tuple.of(caseId, "de.thwien.dsr.request.received.v1")).await().indefinitely().iterator().next()
                .getString(0);
    }
}

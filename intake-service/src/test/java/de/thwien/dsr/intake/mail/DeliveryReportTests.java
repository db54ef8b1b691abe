package de.thwien.dsr.intake.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.thwien.dsr.platform.codec.EventCodec;
import de.thwien.dsr.events.EventData;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.intake.CaseTables;
import de.thwien.dsr.intake.pages.FormSession;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A delivery report (bounce) for one of our notices belongs to the notice's case: it opens no case, is never
 * answered, is recorded on the case timeline without personal data, goes to the notifier as notice.bounced (a
 * failure only) and is listed as handled with its case; the mail goes to the automatic folder.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class DeliveryReportTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String AUTOMATIC_FOLDER = "DSR-Automatic";

    @Inject
    Pool pool;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private RequestMailbox mailbox;
    private CaseTables tables;

    @BeforeEach
    void openMailbox() {
        mailbox = RequestMailbox.ofTestConfiguration();
        tables = new CaseTables(pool);
    }

    @Test
    void aBounceOfTheAcknowledgementIsAttachedToItsCaseWithoutANewCaseOrAMailToTheRequester() throws Exception {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ACCESS", email);
        String notice = noticeSent(caseId, NoticeKind.ACKNOWLEDGEMENT);
        long casesBefore = cases();
        long outboxBefore = outboxEventsOf(caseId);
        String report = newReportId();

        mailbox.send(report("postfix-failed", report, notice, email));

        await().atMost(PATIENCE).until(() -> mailbox.countIn(AUTOMATIC_FOLDER, report) == 1);
        assertThat(mailbox.countIn("INBOX", report)).isZero();
        assertThat(cases()).as("no case opened").isEqualTo(casesBefore);
        assertThat(outboxEventsOf(caseId)).as("only the bounce: nothing the notifier would mail to her")
                .isEqualTo(outboxBefore + 1);
        List<String> reports = timelineOf(caseId, "DELIVERY_REPORT");
        assertThat(reports).singleElement().asString()
                .contains("ACKNOWLEDGEMENT", notice, "failed, status 5.1.1", "cannot be reached by mail")
                .doesNotContain(email).doesNotContain("Recipient address rejected");
        JsonNode bounced = new ObjectMapper().readTree(tables.outboxPayloads(caseId, "notice.bounced").get(0));
        assertThat(bounced.get("messageId").asText()).isEqualTo(notice);
        assertThat(bounced.get("kind").asText()).isEqualTo("ACKNOWLEDGEMENT");
        assertThat(bounced.get("status").asText()).isEqualTo("5.1.1");
        assertThat(bounced.at("/personal/diagnosticCode").asText()).contains("550 5.1.1", "User unknown");
        assertThat(caseApi(caseId).getString("mailUnreachableSince")).isNotNull();
        Map<String, Object> listing = listingOf(report).get(0);
        assertThat(listing).containsEntry("kind", "AUTOMATIC_MAIL").containsEntry("reason", "DELIVERY_REPORT")
                .containsEntry("caseId", caseId).containsEntry("handledBy", "system");
        assertThat(listing.get("handledAt")).isNotNull();
    }

    @Test
    void aBounceThatReturnsNoHeadersIsMatchedByRecipientAndTimeToTheLatestNotice() throws Exception {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ERASURE", email);
        noticeSent(caseId, NoticeKind.ACKNOWLEDGEMENT);
        String link = noticeSent(caseId, NoticeKind.VERIFICATION_LINK);
        String report = newReportId();

        mailbox.send(report("postfix-failed-headers-not-returned", report, "<unused@thwien.de>", email));

        await().atMost(PATIENCE).until(() -> mailbox.countIn(AUTOMATIC_FOLDER, report) == 1);
        assertThat(timelineOf(caseId, "DELIVERY_REPORT")).singleElement().asString()
                .contains("VERIFICATION_LINK", link, "failed, status 5.2.2");
        assertThat(tables.outboxEvents(caseId, "notice.bounced")).isEqualTo(1);
        assertThat(listingOf(report).get(0)).containsEntry("caseId", caseId);
    }

    @Test
    void aBounceOfNoNoticeOfOursStaysInTriage() throws Exception {
        String report = newReportId();
        String stranger = CaseTables.uniqueEmail();
        long casesBefore = cases();

        mailbox.send(report("gmail-failed", report, "<" + UUID.randomUUID() + "@elsewhere.example>", stranger));

        await().atMost(PATIENCE).until(() -> mailbox.countIn(AUTOMATIC_FOLDER, report) == 1);
        Map<String, Object> listing = listingOf(report).get(0);
        assertThat(listing).containsEntry("reason", "DELIVERY_REPORT").containsEntry("handledAt", null)
                .containsEntry("caseId", null);
        assertThat(cases()).isEqualTo(casesBefore);
    }

    @Test
    void theSameBounceTwiceIsRecordedOnceAndListedTwice() throws Exception {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ACCESS", email);
        String notice = noticeSent(caseId, NoticeKind.ACKNOWLEDGEMENT);
        String report = newReportId();
        String raw = report("exchange-failed", report, notice, email);

        mailbox.send(raw);
        await().atMost(PATIENCE).until(() -> mailbox.countIn(AUTOMATIC_FOLDER, report) == 1);
        mailbox.send(raw);

        await().atMost(PATIENCE).until(() -> mailbox.countIn(AUTOMATIC_FOLDER, report) == 2);
        assertThat(timelineOf(caseId, "DELIVERY_REPORT")).hasSize(1);
        assertThat(tables.outboxEvents(caseId, "notice.bounced")).isEqualTo(1);
        assertThat(listingOf(report)).hasSize(2).allSatisfy(listing -> assertThat(listing)
                .containsEntry("caseId", caseId).containsEntry("handledBy", "system"));
    }

    @Test
    void aDelayWarningIsOnTheTimelineOnlyAndFailsNothing() throws Exception {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ACCESS", email);
        String notice = noticeSent(caseId, NoticeKind.VERIFICATION_LINK);
        String report = newReportId();

        mailbox.send(report("postfix-delayed", report, notice, email));

        await().atMost(PATIENCE).until(() -> mailbox.countIn(AUTOMATIC_FOLDER, report) == 1);
        assertThat(timelineOf(caseId, "DELIVERY_REPORT")).singleElement().asString()
                .contains("delayed, status 4.4.1").doesNotContain("cannot be reached");
        assertThat(tables.outboxEvents(caseId, "notice.bounced")).isZero();
        assertThat(caseApi(caseId).getString("mailUnreachableSince")).isNull();
    }

    @Test
    void aPlainTextBounceQuotingTheNoticeIsAttachedToItsCase() throws Exception {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ACCESS", email);
        String notice = noticeSent(caseId, NoticeKind.ACKNOWLEDGEMENT);
        String report = newReportId();

        mailbox.send(report("exim-failed", report, notice, email));

        await().atMost(PATIENCE).until(() -> mailbox.countIn(AUTOMATIC_FOLDER, report) == 1);
        assertThat(timelineOf(caseId, "DELIVERY_REPORT")).singleElement().asString()
                .contains(notice, "failed, status 5.2.1");
        assertThat(tables.outboxEvents(caseId, "notice.bounced")).isEqualTo(1);
    }

    @Test
    void theAssistantRecordsAnotherChannelForARequesterMailDoesNotReach() throws Exception {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ERASURE", email);
        String notice = noticeSent(caseId, NoticeKind.ACKNOWLEDGEMENT);
        String report = newReportId();
        mailbox.send(report("gmail-failed", report, notice, email));
        await().atMost(PATIENCE).until(() -> caseApi(caseId).getString("mailUnreachableSince") != null);
        // what the notifier answers to the bounce
        publish(new NoticeEvents.NoticeFailed(caseId, NoticeKind.ACKNOWLEDGEMENT, UUID.randomUUID(), 1,
                "bounced: 5.1.1 (smtp 550)", Instant.now()));
        await().atMost(PATIENCE).until(() -> caseApi(caseId).getList("attention").contains("DELIVERY_FAILED"));
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        assertThat(assistant.get("/dashboard/cases/" + caseId).asString())
                .contains("id=\"unreachable-by-mail\"", "per E-Mail nicht erreichbar", "id=\"other-channel\"");

        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"channel\":\"LETTER\",\"note\":\"Brief an die Anschrift aus dem Kundenkonto\"}")
                .when().post("/api/cases/" + caseId + "/other-channel")
                .then().statusCode(200);

        assertThat(caseApi(caseId).getList("attention")).isEmpty();
        assertThat(timelineOf(caseId, "OTHER_CHANNEL")).singleElement().asString()
                .contains("LETTER", "Brief an die Anschrift aus dem Kundenkonto");
    }

    @Test
    void anotherChannelNeedsAKnownChannelAndANote() {
        String caseId = CaseTables.openCase("ACCESS");

        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"channel\":\"PIGEON\",\"note\":\"x\"}")
                .when().post("/api/cases/" + caseId + "/other-channel")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().preemptive().basic("assistant", "demo-assistant").contentType(ContentType.JSON)
                .body("{\"channel\":\"PHONE\",\"note\":\" \"}")
                .when().post("/api/cases/" + caseId + "/other-channel")
                .then().statusCode(400).contentType("application/problem+json");
        assertThat(timelineOf(caseId, "OTHER_CHANNEL")).isEmpty();
    }

    @Test
    void aReportFromAPersonThatNamesOnlyTheRecipientIsNotMatchedAndWaitsInTriage() throws Exception {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ERASURE", email);
        noticeSent(caseId, NoticeKind.VERIFICATION_LINK);
        String report = newReportId();
        String mallory = CaseTables.uniqueEmail();

        mailbox.sendFrom(mallory, fromPerson(report("postfix-failed-headers-not-returned", report,
                "<unused@thwien.de>", email), mallory));

        await().atMost(PATIENCE).until(() -> mailbox.countIn(AUTOMATIC_FOLDER, report) == 1);
        assertThat(listingOf(report).get(0)).containsEntry("reason", "DELIVERY_REPORT")
                .containsEntry("handledAt", null).containsEntry("caseId", null);
        assertThat(timelineOf(caseId, "DELIVERY_REPORT")).isEmpty();
        assertThat(tables.outboxEvents(caseId, "notice.bounced")).isZero();
        assertThat(caseApi(caseId).getString("mailUnreachableSince")).isNull();
    }

    @Test
    void aReportThatNamesOurNoticesMessageIdIsMatchedWhoeverSendsIt() throws Exception {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ACCESS", email);
        String notice = noticeSent(caseId, NoticeKind.ACKNOWLEDGEMENT);
        String report = newReportId();
        String sender = CaseTables.uniqueEmail();

        mailbox.sendFrom(sender, fromPerson(report("postfix-failed", report, notice, email), sender));

        await().atMost(PATIENCE).until(() -> mailbox.countIn(AUTOMATIC_FOLDER, report) == 1);
        assertThat(timelineOf(caseId, "DELIVERY_REPORT")).singleElement().asString()
                .contains(notice, "matched by Message-ID", "not from a mail system", "failed, status 5.1.1")
                .doesNotContain(sender);
        assertThat(tables.outboxEvents(caseId, "notice.bounced")).isEqualTo(1);
        assertThat(listingOf(report).get(0)).containsEntry("caseId", caseId);
    }

    @Test
    void theTimelineAndTheCasePageSayThatAReportWasMatchedByRecipientAndTime() throws Exception {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ERASURE", email);
        noticeSent(caseId, NoticeKind.VERIFICATION_LINK);
        String report = newReportId();

        mailbox.send(report("postfix-failed-headers-not-returned", report, "<unused@thwien.de>", email));

        await().atMost(PATIENCE).until(() -> mailbox.countIn(AUTOMATIC_FOLDER, report) == 1);
        assertThat(timelineOf(caseId, "DELIVERY_REPORT")).singleElement().asString()
                .contains("matched by recipient and time", "from a mail system").doesNotContain("MAILER-DAEMON");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");
        assertThat(assistant.get("/dashboard/cases/" + caseId).asString())
                .contains("zugeordnet über Empfänger und Zeit").doesNotContain("relay.requester-provider.example");
    }

    @Test
    void theRequesterWhoVerifiesByTheLinkThatBouncedIsReachableByMailAgain() throws Exception {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ERASURE", email);
        String link = noticeSent(caseId, NoticeKind.VERIFICATION_LINK);
        bounced(caseId, NoticeKind.VERIFICATION_LINK, link, email);

        given().when().post("/api/verification/" + tables.verificationToken(caseId)).then().statusCode(200);

        JsonPath verified = caseApi(caseId);
        assertThat(verified.getString("mailUnreachableSince")).isNull();
        assertThat(verified.getList("attention")).doesNotContain("DELIVERY_FAILED");
        assertThat(timelineOf(caseId, "REACHED_BY_MAIL")).singleElement().asString()
                .contains("Requester reached by mail: verified by link");
    }

    @Test
    void aReplyFromTheRequesterAfterABounceShowsThatMailReachesHer() throws Exception {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ACCESS", email);
        String acknowledgement = noticeSent(caseId, NoticeKind.ACKNOWLEDGEMENT);
        bounced(caseId, NoticeKind.ACKNOWLEDGEMENT, acknowledgement, email);
        String replyId = newReportId();

        mailbox.send(replyFrom(email, replyId, acknowledgement));

        await().atMost(PATIENCE).until(() -> mailbox.countIn("Processed", replyId) == 1);
        JsonPath replied = caseApi(caseId);
        assertThat(replied.getString("mailUnreachableSince")).isNull();
        assertThat(replied.getList("attention")).contains("NEW_REPLY").doesNotContain("DELIVERY_FAILED");
        assertThat(timelineOf(caseId, "REACHED_BY_MAIL")).singleElement().asString()
                .contains("Requester reached by mail: she replied from her address");
    }

    @Test
    void aReplyFromAnotherAddressShowsNothingAboutTheRequestersMailbox() throws Exception {
        String email = CaseTables.uniqueEmail();
        String caseId = CaseTables.openCase("ACCESS", email);
        String acknowledgement = noticeSent(caseId, NoticeKind.ACKNOWLEDGEMENT);
        bounced(caseId, NoticeKind.ACKNOWLEDGEMENT, acknowledgement, email);
        String replyId = newReportId();

        mailbox.send(replyFrom(CaseTables.uniqueEmail(), replyId, acknowledgement));

        await().atMost(PATIENCE).until(() -> mailbox.countIn("Processed", replyId) == 1);
        JsonPath replied = caseApi(caseId);
        assertThat(replied.getString("mailUnreachableSince")).isNotNull();
        assertThat(replied.getList("attention")).contains("DELIVERY_FAILED");
        assertThat(timelineOf(caseId, "REACHED_BY_MAIL")).isEmpty();
    }

    @Test
    void theOtherChannelFormAsksForANoteWithoutAddressOrPhoneNumberAndSendsTheAddressToThePaperFile() {
        String caseId = CaseTables.openCase("ACCESS");
        FormSession assistant = FormSession.loggedInAs("assistant", "demo-assistant");

        String german = assistant.get("/dashboard/cases/" + caseId).asString();
        String english = assistant.get("/dashboard/cases/" + caseId + "?lang=en").asString();

        assertThat(german).contains("Notiz ohne Anschrift oder Telefonnummer", "id=\"other-channel-hint\"",
                "Papierakte").doesNotContain("z. B. Anschrift");
        assertThat(english).contains("Note without postal address or phone number", "id=\"other-channel-hint\"",
                "paper file").doesNotContain("e.g. postal address");
    }

    /** A permanent bounce of a first mail, and the notifier's notice.failed: unreachable, DELIVERY_FAILED. */
    private void bounced(String caseId, NoticeKind kind, String notice, String email) throws Exception {
        mailbox.send(report("postfix-failed", newReportId(), notice, email));
        await().atMost(PATIENCE).until(() -> caseApi(caseId).getString("mailUnreachableSince") != null);
        publish(new NoticeEvents.NoticeFailed(caseId, kind, UUID.randomUUID(), 1, "bounced: 5.1.1 (smtp 550)",
                Instant.now()));
        await().atMost(PATIENCE).until(() -> caseApi(caseId).getList("attention").contains("DELIVERY_FAILED"));
    }

    /** The report as a person would send it from her own address: no null Return-Path, no daemon's From. */
    private static String fromPerson(String raw, String sender) {
        return raw.replaceFirst("(?m)^Return-Path: <>\r\n", "")
                .replaceFirst("(?m)^From: .*$", "From: Someone <" + sender + ">");
    }

    private String replyFrom(String sender, String messageId, String notice) {
        return "From: Anna Beispiel <" + sender + ">\r\nTo: " + mailbox.address()
                + "\r\nSubject: Re: Ihre Datenschutzanfrage\r\nMessage-ID: " + messageId
                + "\r\nIn-Reply-To: " + notice + "\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\nIch habe die Mail doch bekommen.\r\n";
    }

    /** Publishes notice.sent as the notifier does; returns the notice's Message-ID once intake knows it. */
    private String noticeSent(String caseId, NoticeKind kind) {
        String messageId = "<" + UUID.randomUUID() + "@thwien.de>";
        long before = tables.timelineEntries(caseId, "NOTICE_SENT");
        publish(new NoticeEvents.NoticeSent(caseId, kind, UUID.randomUUID(), messageId, Instant.now(), null));
        await().atMost(PATIENCE).until(() -> tables.timelineEntries(caseId, "NOTICE_SENT") == before + 1);
        return messageId;
    }

    private void publish(EventData data) {
        EventEnvelope envelope = EventEnvelope.of("/dsr/notifier-service", Instant.now(), data);
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            EventCodec codec = new EventCodec();
            probe.send(envelope.topic(), envelope.subject(), codec.headers(envelope), codec.encode(envelope.data()));
        }
    }

    /** The sample with the notice it returns, its recipient, and a Message-ID of its own. */
    private static String report(String sample, String reportId, String noticeMessageId, String recipient) {
        return DeliverySamples.raw(sample, noticeMessageId, recipient)
                .replaceFirst("(?im)^Message-I[dD]: .*$", "Message-ID: " + reportId);
    }

    private static String newReportId() {
        return "<" + UUID.randomUUID() + "@mx.report.example>";
    }

    private static JsonPath caseApi(String caseId) {
        return given().auth().preemptive().basic("assistant", "demo-assistant").get("/api/cases/" + caseId)
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> listingOf(String messageId) {
        return given().auth().preemptive().basic("assistant", "demo-assistant").get("/api/mail-failures")
                .then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.messageId == '" + messageId + "' }");
    }

    private List<String> timelineOf(String caseId, String kind) {
        return tables.timeline(caseId).stream().filter(entry -> entry.startsWith(kind + "|")).toList();
    }

    private long cases() {
        return pool.query("select count(*) from dsr_case").execute().await().indefinitely().iterator().next()
                .getLong(0);
    }

    private long outboxEventsOf(String caseId) {
        return pool.preparedQuery("select count(*) from outbox_event where record_key = $1")
                .execute(Tuple.of(caseId)).await().indefinitely().iterator().next().getLong(0);
    }
}

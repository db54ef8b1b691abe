package de.thwien.dsr.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.infra.test.Mailbox;
import de.thwien.dsr.infra.test.ReceivedMail;
import de.thwien.dsr.localstack.LocalStack;
import de.thwien.dsr.localstack.demo.DemoData;
import io.restassured.response.Response;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A request by the web form whose acknowledgement bounces: the mail server's delivery report, dropped into the privacy
 * mailbox, marks the case DELIVERY_FAILED and "not reachable by mail", and the notifier's delivery log shows the
 * acknowledgement FAILED with the report's status. On the packaged services with the real mailbox.
 */
class BouncedAcknowledgementIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Pattern HIDDEN_TOKEN = Pattern.compile("type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]+)\"");
    private static final Pattern CASE_REFERENCE = Pattern.compile("DSR-([0-9A-F]{8})");

    private static LocalStack system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
    }

    @Test
    void aBouncedAcknowledgementMarksTheCaseAndTheDeliveryFailed() throws Exception {
        String address = "bounce-" + UUID.randomUUID() + "@example.org";
        submitByForm(address);
        Mailbox mailbox = new Mailbox(system.infra().mailHost(), system.infra().imapPort());
        ReceivedMail acknowledgement = await().atMost(PATIENCE).until(() -> mailbox.messagesFor(address).stream()
                .filter(mail -> mail.subject().startsWith("Eingang Ihres Antrags")).findFirst(),
                java.util.Optional::isPresent).get();
        String noticeId = acknowledgement.messageId().orElseThrow();
        String caseId = caseIdOf(acknowledgement.subject());
        // intake learns the Message-ID from notice.sent; a report before that would only be matched by recipient
        await().atMost(PATIENCE).until(() -> caseView(caseId).<String>getList("timeline.detail").stream()
                .anyMatch(detail -> detail.contains(noticeId)));

        sendToPrivacyMailbox(deliveryReport(noticeId, address));

        await().atMost(PATIENCE).untilAsserted(() -> {
            var view = caseView(caseId);
            assertThat(view.<String>getList("attention")).contains("DELIVERY_FAILED");
            assertThat(view.getString("mailUnreachableSince")).isNotNull();
        });
        List<Map<String, Object>> log = given().baseUri(url("notifier-service")).auth().preemptive()
                .basic("assistant", "demo-assistant").queryParam("caseId", caseId)
                .when().get("/api/deliveries").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(log).filteredOn(entry -> noticeId.equals(entry.get("messageId"))).singleElement()
                .satisfies(entry -> assertThat(entry).containsEntry("kind", "ACKNOWLEDGEMENT")
                        .containsEntry("status", "FAILED").containsEntry("bounceStatus", "5.1.1"));
        assertThat(caseView(caseId).<String>getList("timeline.kind")).contains("DELIVERY_REPORT", "NOTICE_FAILED");
        assertThat(mailbox.messagesFor(address)).as("acknowledgement and verification link, nothing more")
                .hasSize(2);
    }

    private static void submitByForm(String address) {
        Response page = given().baseUri(url("intake-service")).when().get("/request");
        Matcher token = HIDDEN_TOKEN.matcher(page.asString());
        assertThat(token.find()).as("the form's CSRF token").isTrue();
        given().baseUri(url("intake-service")).cookies(page.getCookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam(token.group(1), token.group(2)).formParam("type", "ACCESS").formParam("email", address)
                .when().post("/request")
                .then().statusCode(202);
    }

    /** The case whose reference the notice's subject names. */
    private static String caseIdOf(String subject) {
        Matcher reference = CASE_REFERENCE.matcher(subject);
        assertThat(reference.find()).as("case reference in " + subject).isTrue();
        List<String> ids = given().baseUri(url("intake-service")).auth().preemptive()
                .basic("assistant", "demo-assistant").queryParam("q", reference.group(1).toLowerCase(Locale.ROOT))
                .when().get("/api/cases").then().statusCode(200).extract().path("items.id");
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    private static io.restassured.path.json.JsonPath caseView(String caseId) {
        return given().baseUri(url("intake-service")).auth().preemptive().basic("assistant", "demo-assistant")
                .when().get("/api/cases/" + caseId).then().statusCode(200).extract().jsonPath();
    }

    /** What a Postfix relay sends back when the requester's mailbox does not exist (RFC 3464). */
    private static String deliveryReport(String noticeId, String recipient) {
        return String.join("\r\n",
                "Return-Path: <>",
                "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)",
                "To: " + DemoData.PRIVACY,
                "Subject: Undelivered Mail Returned to Sender",
                "Message-ID: <" + UUID.randomUUID() + "@mx.example.org>",
                "Auto-Submitted: auto-replied",
                "MIME-Version: 1.0",
                "Content-Type: multipart/report; report-type=delivery-status; boundary=\"dsn-boundary\"",
                "",
                "--dsn-boundary",
                "Content-Type: text/plain; charset=us-ascii",
                "",
                "Your message could not be delivered to one or more recipients.",
                "",
                "--dsn-boundary",
                "Content-Type: message/delivery-status",
                "",
                "Reporting-MTA: dns; mx.example.org",
                "",
                "Final-Recipient: rfc822; " + recipient,
                "Action: failed",
                "Status: 5.1.1",
                "Diagnostic-Code: smtp; 550 5.1.1 <" + recipient + ">: Recipient address rejected: User unknown",
                "",
                "--dsn-boundary",
                "Content-Type: text/rfc822-headers",
                "",
                "From: " + DemoData.PRIVACY,
                "To: " + recipient,
                "Message-ID: " + noticeId,
                "Subject: Eingang Ihres Antrags",
                "",
                "--dsn-boundary--",
                "");
    }

    private static void sendToPrivacyMailbox(String raw) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", system.infra().mailHost());
        properties.put("mail.smtp.port", Integer.toString(system.infra().smtpPort()));
        Session session = Session.getInstance(properties);
        MimeMessage message = new MimeMessage(session,
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect();
            transport.sendMessage(message, new InternetAddress[] {new InternetAddress(DemoData.PRIVACY)});
        }
    }

    private static String url(String service) {
        return system.service(service).service().baseUrl();
    }
}

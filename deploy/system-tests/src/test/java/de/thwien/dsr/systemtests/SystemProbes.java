package de.thwien.dsr.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.EventTypes;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.test.Mailbox;
import de.thwien.dsr.infra.test.ReceivedMail;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.localstack.LocalStack;
import io.restassured.path.json.JsonPath;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** What the system test classes wait for on the running system: the first crawl, a mail, a new case. */
final class SystemProbes {

    static final Duration PATIENCE = Duration.ofSeconds(120);
    static final Pattern VERIFICATION_LINK = Pattern.compile("(http://\\S+/api/verification/[A-Za-z0-9_-]+)");

    private final LocalStack system;
    private final Mailbox mailbox;
    private final SealedEventsProbe sealedEvents;

    SystemProbes(LocalStack system) {
        this.system = system;
        this.mailbox = new Mailbox(system.infra().mailHost(), system.infra().imapPort());
        this.sealedEvents = new SealedEventsProbe(system.infra());
    }

    String intakeUrl() {
        return system.service("intake-service").service().baseUrl();
    }

    /** Locating a person finds only what the index has crawled: every store once, before a scenario starts. */
    void awaitEveryStoreIndexed() {
        String index = system.service("subject-index-service").service().baseUrl();
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<String> succeeded = given().baseUri(index).auth().preemptive().basic("assistant", "demo-assistant")
                    .when().get("/api/index/status")
                    .then().statusCode(200).extract().path("stores.findAll { it.lastSuccessAt != null }.store");
            assertThat(succeeded).containsExactlyInAnyOrder("crm", "mail", "conference");
        });
    }

    ReceivedMail awaitMail(String address, Predicate<ReceivedMail> which) {
        return await().atMost(PATIENCE).until(
                () -> mailbox.messagesFor(address).stream().filter(which).findFirst(), Optional::isPresent).get();
    }

    /** The case id of the latest request received from the address (read from its event). */
    String caseOpenedFor(String email) {
        return await().atMost(PATIENCE).until(() -> {
            try (TopicProbe probe = new TopicProbe(system.infra().kafkaBootstrapServers())) {
                return probe.readAll(Topics.CASES).stream()
                        .filter(r -> EventTypes.REQUEST_RECEIVED.equals(TopicProbe.header(r, "ce_type")))
                        .filter(r -> email.equalsIgnoreCase(requesterOf(r)))
                        .map(ConsumerRecord::key).reduce((first, last) -> last);
            }
        }, Optional::isPresent).get();
    }

    /** The requester's address in a request.received record (sealed: opened with the case's key). */
    private String requesterOf(ConsumerRecord<String, String> record) {
        CaseEvents.RequestReceived received = (CaseEvents.RequestReceived) sealedEvents.open(record).data();
        return received.personal() == null ? null : received.personal().email();
    }

    /** Locating finds what the index has crawled: each store's crawl that started after {@code after}. */
    void awaitCrawledAfter(Instant after, String... storeIds) {
        String index = system.service("subject-index-service").service().baseUrl();
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath status = given().baseUri(index).auth().preemptive().basic("assistant", "demo-assistant")
                    .when().get("/api/index/status").then().statusCode(200).extract().jsonPath();
            for (String store : storeIds) {
                String started = status.getString("stores.find { it.store == '" + store + "' }.lastCrawlStartedAt");
                String succeeded = status.getString("stores.find { it.store == '" + store + "' }.lastSuccessAt");
                assertThat(started).as(store).isNotNull();
                assertThat(succeeded).as(store).isNotNull();
                assertThat(Instant.parse(started)).as(store).isAfter(after.plusSeconds(1));
                assertThat(Instant.parse(succeeded)).as(store).isAfterOrEqualTo(Instant.parse(started));
            }
        });
    }

    void sendMail(String from, String to, String subject, String text) throws Exception {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", system.infra().mailHost());
        properties.put("mail.smtp.port", Integer.toString(system.infra().smtpPort()));
        MimeMessage message = new MimeMessage(Session.getInstance(properties));
        message.setFrom(new InternetAddress(from));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setText(text, "UTF-8");
        Transport.send(message);
    }
}

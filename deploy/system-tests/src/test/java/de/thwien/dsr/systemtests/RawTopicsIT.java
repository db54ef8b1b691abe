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
import de.thwien.dsr.localstack.demo.DemoData;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

/**
 * Crypto-shredding as an auditor sees it: a plain Kafka consumer dumps every topic (and its dead-letter twin)
 * and finds no address, name or phone number in clear, neither of a requester whose request went through the
 * whole flow nor of any demo person the crawl and the other scenarios put on the backbone.
 */
class RawTopicsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(120);
    private static final Pattern VERIFICATION_LINK = Pattern.compile("(http://\\S+/api/verification/[A-Za-z0-9_-]+)");

    @Test
    void noTopicHoldsAnAddressANameOrAPhoneNumberInClear() {
        LocalStack system = RunningSystem.shared();
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String email = "raw-dump-" + marker + "@example.org";
        String name = "Rudolf Rohdump" + marker;
        String phone = "+49 171 555" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
        String caseId = given().baseUri(system.service("intake-service").service().baseUrl())
                .contentType(ContentType.JSON)
                .body("{\"type\":\"ERASURE\",\"email\":\"" + email + "\",\"name\":\"" + name
                        + "\",\"message\":\"Bitte alles löschen, Rückruf unter " + phone + "\"}")
                .when().post("/api/requests")
                .then().statusCode(202).extract().path("caseId");
        Mailbox mailbox = new Mailbox(system.infra().mailHost(), system.infra().imapPort());
        ReceivedMail verification = await().atMost(PATIENCE).until(() -> mailbox.messagesFor(email).stream()
                .filter(mail -> VERIFICATION_LINK.matcher(mail.text()).find()).findFirst(), Optional::isPresent).get();
        Matcher link = VERIFICATION_LINK.matcher(verification.text());
        assertThat(link.find()).isTrue();
        given().when().post(link.group(1)).then().statusCode(200);

        try (TopicProbe probe = new TopicProbe(system.infra().kafkaBootstrapServers())) {
            // the request went through intake, subject-index and notifier (and on to erasure-service)
            await().atMost(PATIENCE).until(() -> probe.readAll(Topics.DISCOVERY).stream()
                    .anyMatch(record -> caseId.equals(record.key())));
            await().atMost(PATIENCE).until(() -> probe.readAll(Topics.NOTICES).stream()
                    .anyMatch(record -> caseId.equals(record.key())));
            ConsumerRecord<String, String> received = probe.readAll(Topics.CASES).stream()
                    .filter(record -> caseId.equals(record.key())
                            && EventTypes.REQUEST_RECEIVED.equals(TopicProbe.header(record, "ce_type")))
                    .findFirst().orElseThrow();
            // the data is there, sealed: the case's key opens it
            assertThat(((CaseEvents.RequestReceived) new SealedEventsProbe(system.infra()).open(received).data())
                    .personal().email()).isEqualTo(email);

            List<String> forbidden = new ArrayList<>(List.of(email, name, "Rohdump" + marker, phone,
                    phone.replace(" ", "")));
            for (DemoData.Customer person : DemoData.generate(LocalDate.now()).customers()) {
                forbidden.addAll(List.of(person.email(), person.name()));
                if (person.phone() != null) {
                    forbidden.addAll(List.of(person.phone(), person.phone().replace(" ", "")));
                }
            }
            int records = 0;
            for (String topic : Topics.allWithDeadLetters()) {
                for (ConsumerRecord<String, String> record : probe.readAll(topic)) {
                    records++;
                    String raw = rawTextOf(record);
                    for (String value : forbidden) {
                        assertThat(raw).as("%s record %d (%s)", topic, record.offset(), TopicProbe.header(record,
                                "ce_type")).doesNotContainIgnoringCase(value);
                    }
                }
            }
            assertThat(records).as("records dumped").isGreaterThan(5);
        }
    }

    private static String rawTextOf(ConsumerRecord<String, String> record) {
        StringBuilder text = new StringBuilder(String.valueOf(record.key())).append('\n').append(record.value());
        for (Header header : record.headers()) {
            if (header.value() != null) {
                text.append('\n').append(header.key()).append('=')
                        .append(new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        return text.toString();
    }
}

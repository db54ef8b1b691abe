package de.thwien.dsr.systemtests;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.test.Mailbox;
import de.thwien.dsr.infra.test.ReceivedMail;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.localstack.LocalStack;
import de.thwien.dsr.localstack.ServiceProcess;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The walking skeleton with everything real: four service JVMs, PostgreSQL, Kafka, SMTP/IMAP. */
class FirstRequestIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static LocalStack system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
    }

    private String intakeUrl() {
        return system.service("intake-service").service().baseUrl();
    }

    @Test
    void everyServiceReportsReady() {
        for (ServiceProcess service : system.services()) {
            given().baseUri(service.service().baseUrl())
                    .when().get("/q/health/ready")
                    .then().statusCode(200);
        }
    }

    @Test
    void submittedRequestIsAcknowledgedByMailAndTheAcknowledgementIsOnTheCaseTimeline() {
        String address = "system-test-" + UUID.randomUUID() + "@example.org";

        String caseId = given().baseUri(intakeUrl()).contentType(ContentType.JSON)
                .body("{\"type\":\"ACCESS\",\"email\":\"" + address + "\",\"name\":\"Sys Test\",\"language\":\"en\"}")
                .when().post("/api/requests")
                .then().statusCode(202).extract().path("caseId");

        // the acknowledgement and the verification link (Art. 12(6)) arrive in either order
        Mailbox mailbox = new Mailbox(system.infra().mailHost(), system.infra().imapPort());
        ReceivedMail mail = await().atMost(PATIENCE).until(() -> mailbox.messagesFor(address).stream()
                .filter(m -> m.subject().startsWith("We have received your request for access")).findFirst(),
                java.util.Optional::isPresent).get();
        assertThat(mail.text()).contains(intakeUrl() + "/status/");

        await().atMost(PATIENCE).untilAsserted(() -> {
            List<String> kinds = given().baseUri(intakeUrl()).auth().preemptive().basic("assistant", "demo-assistant")
                    .when().get("/api/cases/" + caseId)
                    .then().statusCode(200).extract().path("timeline.kind");
            assertThat(kinds).startsWith("REQUEST_RECEIVED").contains("VERIFICATION_REQUESTED");
            assertThat(kinds).filteredOn("NOTICE_SENT"::equals).hasSize(2);
        });
    }

    @Test
    void servicesNeverLogTheRequestersPersonalData() throws Exception {
        String marker = "marker-" + UUID.randomUUID();
        String address = marker + "@example.org";
        String name = "Markus Marker " + marker.substring(7, 15);
        String caseId = given().baseUri(intakeUrl()).contentType(ContentType.JSON)
                .body("{\"type\":\"ERASURE\",\"email\":\"" + address + "\",\"name\":\"" + name
                        + "\",\"message\":\"Bitte l\u00f6schen Sie alles zu " + marker + "\"}")
                .when().post("/api/requests")
                .then().statusCode(202).extract().path("caseId");
        Mailbox mailbox = new Mailbox(system.infra().mailHost(), system.infra().imapPort());
        await().atMost(PATIENCE).until(() -> !mailbox.messagesFor(address).isEmpty());

        for (ServiceProcess service : system.services()) {
            String log = java.nio.file.Files.readString(service.logFile());
            assertThat(log).as("log of " + service.service().name())
                    .doesNotContain(marker).doesNotContain(name);
        }
        String intakeLog = java.nio.file.Files.readString(system.service("intake-service").logFile());
        assertThat(intakeLog).as("logs name the case instead").contains(caseId);
    }

    @Test
    void rawKafkaRecordsCarryCloudEventsHeadersAndTheCaseIdAsKey() {
        String caseId = given().baseUri(intakeUrl()).contentType(ContentType.JSON)
                .body("{\"type\":\"ERASURE\",\"email\":\"raw-" + UUID.randomUUID() + "@example.org\"}")
                .when().post("/api/requests")
                .then().statusCode(202).extract().path("caseId");

        try (TopicProbe probe = new TopicProbe(system.infra().kafkaBootstrapServers())) {
            ConsumerRecord<String, String> received = await().atMost(PATIENCE).until(
                    () -> probe.readAll(Topics.CASES).stream().filter(r -> caseId.equals(r.key())).findFirst()
                            .orElse(null), r -> r != null);
            assertThat(TopicProbe.header(received, "ce_type")).isEqualTo("de.thwien.dsr.request.received.v1");
            assertThat(TopicProbe.header(received, "ce_subject")).isEqualTo(caseId);
            assertThat(TopicProbe.header(received, "ce_source")).isEqualTo("/dsr/intake-service");

            ConsumerRecord<String, String> sent = await().atMost(PATIENCE).until(
                    () -> probe.readAll(Topics.NOTICES).stream().filter(r -> caseId.equals(r.key())).findFirst()
                            .orElse(null), r -> r != null);
            assertThat(TopicProbe.header(sent, "ce_type")).isEqualTo("de.thwien.dsr.notice.sent.v1");
            assertThat(TopicProbe.header(sent, "ce_source")).isEqualTo("/dsr/notifier-service");
        }
    }
}

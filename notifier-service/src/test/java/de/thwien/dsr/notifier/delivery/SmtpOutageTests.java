package de.thwien.dsr.notifier.delivery;

import static de.thwien.dsr.notifier.NotifierTestKit.PATIENCE;
import static de.thwien.dsr.notifier.NotifierTestKit.asAssistant;
import static de.thwien.dsr.notifier.NotifierTestKit.deliveries;
import static de.thwien.dsr.notifier.NotifierTestKit.newCaseId;
import static de.thwien.dsr.notifier.NotifierTestKit.uniqueAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.ReceivedMail;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.notifier.NotifierTestKit;
import de.thwien.dsr.notifier.wording.CaseReference;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SMTP outages, made deterministic by an {@link SmtpGate} that refuses a given number of connections
 * with "421 try again later" before it lets them through to GreenMail.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
@TestProfile(SmtpOutageTests.BehindAGate.class)
class SmtpOutageTests {

    /** Max 3 attempts, 0.1 s first retry delay, no pooled SMTP connections (see {@link SmtpGateResource}). */
    public static class BehindAGate implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(SmtpGateResource.class));
        }
    }

    SmtpGate gate;

    @Inject
    Pool pool;

    @ConfigProperty(name = "dsr.mail.host")
    String mailHost;

    @ConfigProperty(name = "dsr.mail.smtp-port")
    int smtpPort;

    @ConfigProperty(name = "dsr.notifier.assistant-email")
    String assistant;

    private NotifierTestKit kit;

    @BeforeEach
    void openTheGateToGreenMail() {
        gate.forwardTo(mailHost, smtpPort);
        kit = new NotifierTestKit(pool);
    }

    @Test
    void mailArrivesOnceWhenSmtpComesBackAfterTwoRefusals() {
        gate.refuseNext(2);
        String caseId = newCaseId();
        String address = uniqueAddress();

        kit.publish(extension(caseId, address));

        List<ReceivedMail> mails = kit.awaitMails(address, 1);
        await().atMost(PATIENCE).until(() -> "SENT".equals(deliveries(caseId).get(0).get("status")));
        assertThat(gate.refused()).isEqualTo(2);
        assertThat(mails).singleElement().satisfies(mail -> assertThat(mail.subject()).startsWith("Verlängerung"));
        Map<String, Object> delivery = deliveries(caseId).get(0);
        assertThat(delivery.get("attempts")).isEqualTo(3);
        assertThat(kit.mailsFor(address)).hasSize(1);
    }

    @Test
    void noticeThatNeverGetsThroughIsReportedAndTheAssistantAlerted() {
        gate.refuseNext(3);
        String caseId = newCaseId();
        String address = uniqueAddress();

        kit.publish(extension(caseId, address));

        await().atMost(PATIENCE).until(() -> deliveries(caseId).stream()
                .anyMatch(entry -> "EXTENSION".equals(entry.get("kind")) && "FAILED".equals(entry.get("status"))));
        ReceivedMail alert = await().atMost(PATIENCE).until(() -> kit.mailsFor(assistant).stream()
                .filter(mail -> mail.text().contains(caseId)).findFirst().orElse(null), mail -> mail != null);
        assertThat(alert.subject()).isEqualTo("Benachrichtigung fehlgeschlagen: Vorgang " + CaseReference.of(caseId));
        assertThat(alert.text()).contains("nach 3 Versuchen").contains("EXTENSION").doesNotContain(address);
        assertThat(kit.mailsFor(address)).isEmpty();
        try (TopicProbe probe = new TopicProbe(kit.bootstrapServers())) {
            ConsumerRecord<String, String> failed = await().atMost(PATIENCE).until(() -> probe.readAll(Topics.NOTICES)
                    .stream().filter(r -> caseId.equals(r.key()) && r.value().contains("\"attempts\":3"))
                    .findFirst().orElse(null), r -> r != null);
            assertThat(TopicProbe.header(failed, "ce_type")).isEqualTo("de.thwien.dsr.notice.failed.v1");
        }
    }

    @Test
    void anInstructionToARecipientIsRetriedLikeEveryNoticeAndAFailureForGoodIsOnTheCaseAndAlerted() {
        // the instruction to sipgate: three attempts, all refused. Her confirmation is held until the instruction is
        // sent or has failed for good (it names the recipients as told), so these are the first three connections;
        // the alert and her confirmation come after and get through. (Refusing six, for her confirmation too, let
        // the alert's own attempts take refusals in whichever order they came, and an alert refused three times
        // never arrived.)
        gate.refuseNext(3);
        String caseId = newCaseId();
        String address = uniqueAddress();

        kit.publish(erasedVoicemail(caseId, address));

        await().atMost(PATIENCE).until(() -> deliveries(caseId).stream()
                .anyMatch(entry -> "RECIPIENT_INSTRUCTION".equals(entry.get("kind"))
                        && "FAILED".equals(entry.get("status"))));
        assertThat(deliveries(caseId)).filteredOn(entry -> "RECIPIENT_INSTRUCTION".equals(entry.get("kind")))
                .singleElement().satisfies(entry -> assertThat(entry.get("attempts")).isEqualTo(3));
        assertThat(asAssistant().queryParam("caseId", caseId).when().get("/api/deliveries/recipient-notifications")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.recipient == 'sipgate GmbH' }.state"))
                .containsExactly("FAILED");
        ReceivedMail alert = await().atMost(PATIENCE).until(() -> kit.mailsFor(assistant).stream()
                .filter(mail -> mail.text().contains(caseId) && mail.text().contains("RECIPIENT_INSTRUCTION"))
                .findFirst().orElse(null), mail -> mail != null);
        assertThat(alert.text()).contains("nach 3 Versuchen");
        assertThat(kit.awaitMails(address, 1)).singleElement().satisfies(mail -> assertThat(mail.text())
                .contains("sipgate GmbH"));
        assertThat(gate.refused()).isEqualTo(3);
    }

    /** A voicemail erased: sipgate is instructed by mail. */
    private static ErasureEvents.RecordsErased erasedVoicemail(String caseId, String address) {
        return new ErasureEvents.RecordsErased(caseId, RequestType.ERASURE, "de",
                List.of(new ErasureEvents.ErasedRecord("mail", "imap://info/INBOX;UIDVALIDITY=17/;UID=4712",
                        "voicemail", Instant.parse("2026-03-20T09:00:00Z"), LocalDate.parse("2026-02-05"))),
                List.of(), List.of(), List.of(), List.of(), new Person(address, "Erika Mustermann"));
    }

    private static CaseEvents.DeadlineExtended extension(String caseId, String address) {
        return new CaseEvents.DeadlineExtended(caseId, "de", LocalDate.parse("2026-04-07"),
                LocalDate.parse("2026-06-05"), "Gründe", new Person(address, "Erika Mustermann"));
    }
}

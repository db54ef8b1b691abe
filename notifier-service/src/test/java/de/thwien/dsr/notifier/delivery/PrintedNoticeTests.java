package de.thwien.dsr.notifier.delivery;

import static de.thwien.dsr.notifier.NotifierTestKit.PATIENCE;
import static de.thwien.dsr.notifier.NotifierTestKit.asAssistant;
import static de.thwien.dsr.notifier.NotifierTestKit.deliveries;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.notifier.NotifierTestKit;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A request the assistant registered without an address (a letter, a call): its notices cannot be mailed, so they
 * are prepared for printing (status PRINT), announced on dsr.notices, shown in a print view, and never sent,
 * retried or failed.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class PrintedNoticeTests {

    private static final String RECEIPTS = "receipts@dsr.test";

    @Inject
    Pool pool;

    @Test
    void noticesOfARequestWithoutAnAddressArePreparedForPrintingAndNeverMailed() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String caseId = NotifierTestKit.newCaseId();

        EventEnvelope received = kit.publish(letterWithoutAddress(caseId));
        kit.publish(new CaseEvents.DeadlineExtended(caseId, null, LocalDate.parse("2026-12-28"),
                LocalDate.parse("2027-02-26"), "Many stores to search", null));
        // a mailed notice after them: once it is sent, the dispatcher has run over the printed ones too
        String address = NotifierTestKit.uniqueAddress();
        kit.publish(NotifierTestKit.requestReceived(NotifierTestKit.newCaseId(), RequestType.ACCESS, address, "de",
                null));
        kit.awaitMails(address, 1);

        await().atMost(PATIENCE).until(() -> deliveries(caseId).size() == 2);
        List<Map<String, Object>> log = deliveries(caseId);
        assertThat(log).extracting(entry -> entry.get("kind")).containsExactly("ACKNOWLEDGEMENT", "EXTENSION");
        assertThat(log).allSatisfy(entry -> {
            assertThat(entry.get("status")).isEqualTo("PRINT");
            assertThat(entry.get("attempts")).isEqualTo(0);
            assertThat(entry.get("recipient")).isNull();
            assertThat(entry.get("sentAt")).isNull();
            assertThat(entry.get("lastError")).isNull();
        });
        String reference = "DSR-" + caseId.replace("-", "").substring(0, 8).toUpperCase();
        assertThat(kit.mailsFor(RECEIPTS)).noneSatisfy(mail -> assertThat(mail.subject()).contains(reference));
        try (TopicProbe probe = new TopicProbe(kit.bootstrapServers())) {
            List<ConsumerRecord<String, String>> announced = await().atMost(PATIENCE).until(
                    () -> probe.readAll(Topics.NOTICES).stream().filter(r -> caseId.equals(r.key())).toList(),
                    records -> records.size() == 2);
            assertThat(announced).allSatisfy(record -> assertThat(TopicProbe.header(record, "ce_type"))
                    .isEqualTo("de.thwien.dsr.notice.prepared-for-printing.v1"));
            assertThat(announced.get(0).value()).contains("\"kind\":\"ACKNOWLEDGEMENT\"")
                    .contains("\"triggerEventId\":\"" + received.id() + "\"")
                    .contains("\"deliveryId\":\"" + log.get(0).get("id") + "\"");
        }
    }

    @Test
    void printViewShowsTheNoticeTextWithItsCaseReferenceAndTheRealStatusLink() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String caseId = NotifierTestKit.newCaseId();

        kit.publish(letterWithoutAddress(caseId));

        await().atMost(PATIENCE).until(() -> deliveries(caseId).size() == 1);
        Object deliveryId = deliveries(caseId).get(0).get("id");
        String reference = "DSR-" + caseId.replace("-", "").substring(0, 8).toUpperCase();
        asAssistant().when().get("/api/deliveries/" + deliveryId + "/print")
                .then().statusCode(200)
                .body("caseId", org.hamcrest.Matchers.equalTo(caseId))
                .body("subject", org.hamcrest.Matchers.containsString(reference))
                .body("recipientName", org.hamcrest.Matchers.equalTo("Erika Mustermann"))
                .body("text", org.hamcrest.Matchers.containsString("Löschung"))
                .body("text", org.hamcrest.Matchers.containsString("26. November 2026"))
                // the letter must carry her working status link, not the masked one of the delivery log
                .body("text", org.hamcrest.Matchers.containsString("http://localhost/status/letter-token"));
    }

    @Test
    void aMailedNoticeHasNoPrintView() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String caseId = NotifierTestKit.newCaseId();
        String address = NotifierTestKit.uniqueAddress();

        kit.publish(NotifierTestKit.requestReceived(caseId, RequestType.ACCESS, address, "de", null));

        NotifierTestKit.awaitAllSent(caseId, 1);
        asAssistant().when().get("/api/deliveries/" + deliveries(caseId).get(0).get("id") + "/print")
                .then().statusCode(409).contentType("application/problem+json");
    }

    private static CaseEvents.RequestReceived letterWithoutAddress(String caseId) {
        return new CaseEvents.RequestReceived(caseId, RequestType.ERASURE, "de", CaseEvents.Channel.LETTER,
                Instant.parse("2026-11-26T09:00:00Z"), LocalDate.parse("2026-11-26"), LocalDate.parse("2026-12-28"),
                LocalDate.parse("2027-02-26"), "http://localhost/status/letter-token", null,
                new Person(null, "Erika Mustermann"));
    }
}

package de.thwien.dsr.notifier.delivery;

import static de.thwien.dsr.notifier.NotifierTestKit.PATIENCE;
import static de.thwien.dsr.notifier.NotifierTestKit.newCaseId;
import static de.thwien.dsr.notifier.NotifierTestKit.requestReceived;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.ReceivedMail;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.notifier.NotifierTestKit;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * The notifier sends to every address {@code MailAddressRule} lets through, internationalized domains in their
 * ASCII form; a notice to an address it refuses fails at once and is announced as failed, never dead-lettered.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class RecipientAddressTests {

    @Inject
    Pool pool;

    @Test
    void requesterAtAnInternationalizedDomainReceivesTheAcknowledgementAtItsPunycodeForm() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String local = "info-" + UUID.randomUUID();
        String caseId = newCaseId();

        kit.publish(requestReceived(caseId, RequestType.ACCESS, local + "@bücher.example", "de", null));

        List<ReceivedMail> mails = kit.awaitMails(local + "@xn--bcher-kva.example", 1);
        assertThat(mails).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).startsWith("Eingang Ihres Antrags");
            assertThat(mail.to()).containsExactly(local + "@xn--bcher-kva.example");
        });
        assertThat(NotifierTestKit.awaitAllSent(caseId, 1)).singleElement()
                .satisfies(entry -> assertThat(entry.get("status")).isEqualTo("SENT"));
    }

    @Test
    void noticeToAnAddressThatCanNeverBeDeliveredFailsAtOnceAndIsAnnouncedAsFailed() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String caseId = newCaseId();

        kit.publish(requestReceived(caseId, RequestType.ACCESS, "jürgen-" + UUID.randomUUID() + "@example.org",
                "de", null));

        try (TopicProbe probe = new TopicProbe(kit.bootstrapServers())) {
            ConsumerRecord<String, String> failed = await().atMost(PATIENCE).until(() -> probe.readAll(Topics.NOTICES)
                    .stream().filter(r -> caseId.equals(r.key())).findFirst().orElse(null), r -> r != null);
            assertThat(TopicProbe.header(failed, "ce_type")).isEqualTo("de.thwien.dsr.notice.failed.v1");
            assertThat(failed.value()).contains("\"kind\":\"ACKNOWLEDGEMENT\"").contains("NON_ASCII_LOCAL_PART");
        }
        List<Map<String, Object>> log = NotifierTestKit.deliveries(caseId);
        assertThat(log).filteredOn(entry -> "ACKNOWLEDGEMENT".equals(entry.get("kind"))).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.get("status")).isEqualTo("FAILED");
                    assertThat(entry.get("attempts")).isEqualTo(1);
                });
        // the assistant is alerted, as for every notice that failed for good
        assertThat(log).extracting(entry -> entry.get("kind")).contains("ASSISTANT_ALERT");
    }

    @Test
    void aReceivedNoticeHasNoCcHeader() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String address = NotifierTestKit.uniqueAddress();

        kit.publish(requestReceived(newCaseId(), RequestType.ACCESS, address, "de", null));

        assertThat(kit.awaitMails(address, 1)).singleElement()
                .satisfies(mail -> assertThat(mail.headers().keySet()).noneMatch("Cc"::equalsIgnoreCase));
    }

    @Test
    void aReceivedNoticeSaysItWasSentAutomaticallySoThatAutoRespondersDoNotAnswerIt() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String address = NotifierTestKit.uniqueAddress();

        kit.publish(requestReceived(newCaseId(), RequestType.ACCESS, address, "de", null));

        // RFC 3834 5.1: an auto-responder must not answer a mail marked auto-generated
        assertThat(kit.awaitMails(address, 1)).singleElement()
                .satisfies(mail -> assertThat(mail.header("Auto-Submitted")).contains("auto-generated"));
    }
}

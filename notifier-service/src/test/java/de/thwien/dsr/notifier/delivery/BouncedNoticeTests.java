package de.thwien.dsr.notifier.delivery;

import static de.thwien.dsr.notifier.NotifierTestKit.PATIENCE;
import static de.thwien.dsr.notifier.NotifierTestKit.awaitAllSent;
import static de.thwien.dsr.notifier.NotifierTestKit.deliveries;
import static de.thwien.dsr.notifier.NotifierTestKit.newCaseId;
import static de.thwien.dsr.notifier.NotifierTestKit.requestReceived;
import static de.thwien.dsr.notifier.NotifierTestKit.uniqueAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.MetricsScrape;
import de.thwien.dsr.platform.metrics.GaugeRefresher;
import de.thwien.dsr.notifier.NotifierTestKit;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A bounce intake found for a sent notice marks that delivery FAILED with the report's status and diagnostic code in
 * the delivery log, announces notice.failed and alerts the assistant, once however often it is reported.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class BouncedNoticeTests {

    private static final String DIAGNOSTIC = "smtp; 550 5.1.1 <%s>: Recipient address rejected: User unknown";

    @Inject
    Pool pool;

    @Inject
    GaugeRefresher gauges;

    private NotifierTestKit kit;

    @BeforeEach
    void kit() {
        kit = new NotifierTestKit(pool);
    }

    @Test
    void aBounceMarksTheSentNoticeFailedWithStatusAndDiagnosticAndIsAnnouncedOnce() {
        String caseId = newCaseId();
        String address = uniqueAddress();
        kit.publish(requestReceived(caseId, RequestType.ACCESS, address, "de", null));
        String messageId = (String) awaitAllSent(caseId, 1).get(0).get("messageId");

        CaseEvents.NoticeBounced bounced = new CaseEvents.NoticeBounced(caseId, NoticeKind.ACKNOWLEDGEMENT, messageId,
                "5.1.1", Instant.parse("2026-03-05T08:12:41Z"),
                new CaseEvents.BounceDiagnostic(DIAGNOSTIC.formatted(address)));
        EventEnvelope first = kit.publish(bounced);
        kit.publish(first);
        EventEnvelope second = kit.publish(bounced);
        kit.awaitApplied(first);
        kit.awaitApplied(second);

        Map<String, Object> acknowledgement = deliveries(caseId).stream()
                .filter(entry -> "ACKNOWLEDGEMENT".equals(entry.get("kind"))).findFirst().orElseThrow();
        assertThat(acknowledgement).containsEntry("status", "FAILED").containsEntry("bounceStatus", "5.1.1")
                .containsEntry("bounceDiagnostic", DIAGNOSTIC.formatted(address))
                .containsEntry("lastError", "bounced: 5.1.1 (smtp 550)");
        assertThat(acknowledgement.get("bouncedAt")).isEqualTo("2026-03-05T08:12:41Z");
        assertThat(noticeFailedEvents(caseId)).singleElement().asString()
                .contains("\"error\":\"bounced: 5.1.1 (smtp 550)\"").doesNotContain(address);
        await().atMost(PATIENCE).until(() -> deliveries(caseId).stream()
                .filter(entry -> "ASSISTANT_ALERT".equals(entry.get("kind"))).count() == 1);
        assertThat(storedDiagnostic(messageId)).as("sealed at rest").doesNotContain(address).isNotBlank();
    }

    @Test
    void aSentAndBouncedNoticeShowsInTheDomainMetricsOfItsKind() {
        MetricsScrape before = refreshedScrape();
        String caseId = newCaseId();
        String address = uniqueAddress();
        kit.publish(requestReceived(caseId, RequestType.ACCESS, address, "de", null));
        String messageId = (String) awaitAllSent(caseId, 1).get(0).get("messageId");
        kit.awaitApplied(kit.publish(new CaseEvents.NoticeBounced(caseId, NoticeKind.ACKNOWLEDGEMENT, messageId,
                "5.1.1", Instant.now(), new CaseEvents.BounceDiagnostic(DIAGNOSTIC.formatted(address)))));

        await().atMost(PATIENCE).untilAsserted(() -> {
            MetricsScrape after = refreshedScrape();
            // another class's notices may still be going out: at least this one
            assertThat(after.value("dsr_notices_sent_total", "kind=ACKNOWLEDGEMENT"))
                    .isGreaterThanOrEqualTo(before.value("dsr_notices_sent_total", "kind=ACKNOWLEDGEMENT") + 1);
            assertThat(after.value("dsr_notices_bounced_total", "kind=ACKNOWLEDGEMENT"))
                    .isEqualTo(before.value("dsr_notices_bounced_total", "kind=ACKNOWLEDGEMENT") + 1);
            assertThat(after.value("dsr_notices_failed_total", "kind=ACKNOWLEDGEMENT"))
                    .as("a bounce is counted as bounced, not as given up")
                    .isEqualTo(before.value("dsr_notices_failed_total", "kind=ACKNOWLEDGEMENT"));
            assertThat(after.value("dsr_outbox_backlog", "service=notifier-service")).isZero();
            assertThat(after.value("dsr_outbox_oldest_unsent_age_seconds", "service=notifier-service")).isZero();
            assertThat(after.value("dsr_inbox_dead_letters_total", "service=notifier-service", "topic=dsr.cases"))
                    .isEqualTo(before.value("dsr_inbox_dead_letters_total", "service=notifier-service",
                            "topic=dsr.cases"));
            assertThat(after.hasMetric("dsr_inbox_retries_total")).isTrue();
        });
    }

    private MetricsScrape refreshedScrape() {
        gauges.refreshNow().await().atMost(PATIENCE);
        return MetricsScrape.now();
    }

    @Test
    void aBounceForAnotherCasesNoticeChangesNothing() {
        String caseId = newCaseId();
        kit.publish(requestReceived(caseId, RequestType.ERASURE, uniqueAddress(), "en", null));
        String messageId = (String) awaitAllSent(caseId, 1).get(0).get("messageId");

        EventEnvelope bounce = kit.publish(new CaseEvents.NoticeBounced(newCaseId(), NoticeKind.ACKNOWLEDGEMENT,
                messageId, "5.1.1", Instant.now(), null));
        kit.awaitApplied(bounce);

        assertThat(deliveries(caseId)).singleElement().satisfies(entry -> assertThat(entry)
                .containsEntry("status", "SENT").containsEntry("bounceStatus", null));
        assertThat(noticeFailedEvents(caseId)).isEmpty();
    }

    private List<String> noticeFailedEvents(String caseId) {
        List<String> payloads = new ArrayList<>();
        pool.preparedQuery("select payload from outbox_event where record_key = $1 and event_type = $2")
                .execute(Tuple.of(caseId, "de.thwien.dsr.notice.failed.v1")).await().indefinitely()
                .forEach(row -> payloads.add(row.getString(0)));
        return payloads;
    }

    private String storedDiagnostic(String messageId) {
        return pool.preparedQuery("select bounce_diagnostic from notice_delivery where message_id = $1")
                .execute(Tuple.of(messageId)).await().indefinitely().iterator().next().getString(0);
    }
}

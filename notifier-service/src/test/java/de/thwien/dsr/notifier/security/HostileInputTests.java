package de.thwien.dsr.notifier.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.events.Topics;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.HostileInputContract;
import de.thwien.dsr.infra.test.TopicProbe;
import de.thwien.dsr.notifier.NotifierTestKit;
import de.thwien.dsr.platform.address.MailAddressRule;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Hostile input against every operation of notifier-service and poison records on every topic it consumes. */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class HostileInputTests extends HostileInputContract {

    @Inject
    Pool pool;

    HostileInputTests() {
        super(List.of("dsr.cases", "dsr.discovery", "dsr.erasure"));
    }

    /**
     * The other half of intake's address suite: what the address rule lets through gets its acknowledgement in the
     * mailbox of the address as the rule writes it; anything else (an older case, another producer) fails as a
     * notice with notice.failed, never silently in the dead-letter topic.
     */
    @Test
    void anAcknowledgementToAnUnusualAddressArrivesOrIsAnnouncedAsFailed() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        Map<String, String> caseIds = new LinkedHashMap<>();
        UNUSUAL_ADDRESSES.forEach((description, address) -> {
            String tagged = tagged(address, UUID.randomUUID().toString().substring(0, 8));
            String caseId = NotifierTestKit.newCaseId();
            kit.publish(NotifierTestKit.requestReceived(caseId, RequestType.ACCESS, tagged, "de", null));
            caseIds.put(description, caseId + " " + tagged);
        });
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> lost = new ArrayList<>();
        try (TopicProbe probe = new TopicProbe(kit.bootstrapServers())) {
            caseIds.forEach((description, caseAndAddress) -> {
                String caseId = caseAndAddress.substring(0, caseAndAddress.indexOf(' '));
                MailAddressRule.Verdict verdict = MailAddressRule.check(caseAndAddress.substring(caseId.length() + 1));
                String outcome;
                try {
                    if (verdict.deliverable()) {
                        kit.awaitMails(verdict.address(), 1);
                        outcome = "acknowledgement arrived";
                    } else {
                        await().atMost(NotifierTestKit.PATIENCE).until(() -> probe.readAll(Topics.NOTICES).stream()
                                .anyMatch(r -> caseId.equals(r.key())
                                        && "de.thwien.dsr.notice.failed.v1".equals(TopicProbe.header(r, "ce_type"))));
                        outcome = "notice.failed (refused address)";
                    }
                } catch (org.awaitility.core.ConditionTimeoutException e) {
                    outcome = "lost";
                    lost.add(description);
                }
                outcomes.merge(outcome, 1, Integer::sum);
            });
        }
        StringBuilder table = new StringBuilder(
                "\n| notifier HostileInputTests address outcome | count |\n|---|---:|\n");
        outcomes.forEach((outcome, count) -> table.append("| ").append(outcome).append(" | ").append(count)
                .append(" |\n"));
        System.out.println(table);
        assertThat(lost).as("unusual addresses whose acknowledgement neither arrived nor failed visibly").isEmpty();
    }
}

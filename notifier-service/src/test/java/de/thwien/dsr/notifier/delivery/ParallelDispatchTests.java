package de.thwien.dsr.notifier.delivery;

import static de.thwien.dsr.notifier.NotifierTestKit.awaitAllSent;
import static de.thwien.dsr.notifier.NotifierTestKit.newCaseId;
import static de.thwien.dsr.notifier.NotifierTestKit.requestReceived;
import static de.thwien.dsr.notifier.NotifierTestKit.uniqueAddress;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.notifier.NotifierTestKit;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Many cases' notices at once go out on several senders: each exactly once, each case's in recorded order. */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class ParallelDispatchTests {

    private static final int CASES = 12;

    @Inject
    Pool pool;

    @Test
    void everyNoticeOfManyCasesGoesOutOnceAndEachCasesInOrder() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        Map<String, String> addressByCase = new LinkedHashMap<>();
        for (int i = 0; i < CASES; i++) {
            String caseId = newCaseId();
            String address = uniqueAddress();
            addressByCase.put(caseId, address);
            kit.publish(requestReceived(caseId, RequestType.ERASURE, address, "de", null));
            kit.publish(new CaseEvents.VerificationRequested(caseId, RequestType.ERASURE, "de",
                    Instant.parse("2026-03-12T13:30:00Z"),
                    new CaseEvents.VerificationLink(address, "Erika Mustermann", "https://thwien.de/verify/p-" + i)));
        }

        addressByCase.forEach((caseId, address) -> {
            List<Map<String, Object>> log = awaitAllSent(caseId, 2);
            assertThat(log).extracting(entry -> entry.get("kind"))
                    .containsExactly("ACKNOWLEDGEMENT", "VERIFICATION_LINK");
            Instant acknowledged = Instant.parse(String.valueOf(log.get(0).get("sentAt")));
            Instant linkSent = Instant.parse(String.valueOf(log.get(1).get("sentAt")));
            assertThat(acknowledged).isBeforeOrEqualTo(linkSent);
            assertThat(kit.mailsFor(address)).hasSize(2);
        });
    }
}

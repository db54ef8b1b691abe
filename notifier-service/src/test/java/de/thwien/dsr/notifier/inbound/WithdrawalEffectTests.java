package de.thwien.dsr.notifier.inbound;

import static de.thwien.dsr.notifier.NotifierTestKit.newCaseId;
import static org.assertj.core.api.Assertions.assertThat;

import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.infra.test.EmbeddedInfraTestResource;
import de.thwien.dsr.infra.test.ReceivedMail;
import de.thwien.dsr.notifier.NotifierTestKit;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A consent withdrawal takes effect on receipt (Art. 7(3) GDPR): erasure-service unpublishes her conference
 * recordings at once ({@code recordings.unpublished}), and the confirmation says when, instead of only claiming that
 * processing stopped.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedInfraTestResource.class)
class WithdrawalEffectTests {

    @Inject
    Pool pool;

    @Test
    void withdrawalConfirmationSaysTheRecordingsWereUnpublishedOnReceipt() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String caseId = newCaseId();
        String address = NotifierTestKit.uniqueAddress();
        kit.awaitApplied(kit.publish(NotifierTestKit.requestReceived(caseId, RequestType.CONSENT_WITHDRAWAL, address,
                "de", null)));
        kit.awaitApplied(kit.publish(new ErasureEvents.RecordingsUnpublished(caseId, "conference",
                List.of("rec-1", "rec-2"), Instant.parse("2026-03-04T23:31:00Z"))));

        kit.publish(NotifierTestKit.recordsErased(caseId, RequestType.CONSENT_WITHDRAWAL, null, address));

        ReceivedMail mail = NotifierTestKit.single(kit.awaitMails(address, 2), "Bestätigung Ihres Widerrufs");
        assertThat(mail.text()).contains("Ihr Widerruf ist mit seinem Eingang bei uns wirksam geworden",
                "Ihre veröffentlichten Aufzeichnungen von Web-Konferenzen haben wir am 5. März 2026, 00:31 Uhr, aus der"
                        + " Veröffentlichung genommen")
                // the time says when; a withdrawal the assistant classified later was not unpublished "on receipt"
                .doesNotContain("gleich nach dem Eingang");
    }

    @Test
    void withdrawalConfirmationWithoutUnpublishedRecordingsSaysProcessingOnConsentStoppedOnReceipt() {
        NotifierTestKit kit = new NotifierTestKit(pool);
        String caseId = newCaseId();
        String address = NotifierTestKit.uniqueAddress();
        EventEnvelope received = kit.publish(NotifierTestKit.requestReceived(caseId, RequestType.CONSENT_WITHDRAWAL,
                address, "en", null));
        kit.awaitApplied(received);

        kit.publish(NotifierTestKit.recordsErased(caseId, RequestType.CONSENT_WITHDRAWAL, null, address));

        ReceivedMail mail = NotifierTestKit.single(kit.awaitMails(address, 2), "Confirmation of the withdrawal");
        assertThat(mail.text()).contains("Your withdrawal took effect when we received it",
                "The processing based on your consent has stopped: it ended when your withdrawal arrived")
                .doesNotContain("published");
    }
}

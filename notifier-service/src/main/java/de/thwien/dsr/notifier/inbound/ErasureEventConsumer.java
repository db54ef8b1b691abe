package de.thwien.dsr.notifier.inbound;

import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.notifier.controller.ControllerConfig;
import de.thwien.dsr.notifier.wording.ControllerStatus;
import de.thwien.dsr.platform.inbox.EventInbox;
import de.thwien.dsr.notifier.notices.CaseNotices;
import de.thwien.dsr.notifier.notices.ErasureConfirmations;
import de.thwien.dsr.notifier.recipients.RecipientNotifications;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The erasure confirmation (Art. 17, 18, 19 GDPR) or, for a consent withdrawal, the confirmation of
 * what stopped and what continues on which basis (Art. 7(3) GDPR), from {@code records.erased}. First the Art. 19
 * notifications of the recipients the erased and restricted records concern are recorded ({@link
 * RecipientNotifications}); the confirmation names the recipients as recorded. {@code records.restricted} needs no
 * handling of its own: the {@code records.erased} that follows it repeats the restricted records.
 */
@ApplicationScoped
public class ErasureEventConsumer {

    private final EventInbox inbox;
    private final CaseNotices notices;
    private final RecipientNotifications recipients;

    private final ControllerStatus status;

    public ErasureEventConsumer(EventInbox inbox, CaseNotices notices, RecipientNotifications recipients,
            ControllerConfig controller) {
        this.inbox = inbox;
        this.notices = notices;
        this.recipients = recipients;
        this.status = ControllerStatus.merchant(controller.merchant());
    }

    @Incoming("erasure")
    public Uni<Void> onErasureEvent(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, this::noticesFor);
    }

    private Uni<Void> noticesFor(EventEnvelope envelope) {
        if (ShreddedEvents.noNoticeFor(envelope)) {
            return Uni.createFrom().voidItem();
        }
        if (envelope.data() instanceof ErasureEvents.RecordsErased erased) {
            NoticeKind kind = erased.requestType() == RequestType.CONSENT_WITHDRAWAL
                    ? NoticeKind.CONSENT_WITHDRAWAL_CONFIRMATION : NoticeKind.ERASURE_CONFIRMATION;
            return recipients.recordFor(erased).chain(told -> notices.record(erased.caseId(), kind, envelope,
                    erased.personal(), erased.language(), language -> ErasureConfirmations.of(erased,
                            RecipientNotifications.told(told, language), status, language)));
        }
        return Uni.createFrom().voidItem();
    }
}

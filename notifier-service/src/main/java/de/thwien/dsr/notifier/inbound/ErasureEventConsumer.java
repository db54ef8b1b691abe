package de.thwien.dsr.notifier.inbound;

import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.platform.inbox.EventInbox;
import de.thwien.dsr.notifier.notices.CaseNotices;
import de.thwien.dsr.notifier.notices.ErasureConfirmations;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The erasure confirmation (Art. 17, 18, 19 GDPR) or, for a consent withdrawal, the confirmation of
 * what stopped and what continues on which basis (Art. 7(3) GDPR), from {@code records.erased}.
 */
@ApplicationScoped
public class ErasureEventConsumer {

    private final EventInbox inbox;
    private final CaseNotices notices;

    public ErasureEventConsumer(EventInbox inbox, CaseNotices notices) {
        this.inbox = inbox;
        this.notices = notices;
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
            return notices.record(erased.caseId(), kind, envelope, erased.personal(), erased.language(),
                    language -> ErasureConfirmations.of(erased, language));
        }
        return Uni.createFrom().voidItem();
    }
}

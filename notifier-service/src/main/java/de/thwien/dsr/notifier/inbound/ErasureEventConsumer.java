package de.thwien.dsr.notifier.inbound;

import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.ErasureEvents;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.RectificationEvents;
import de.thwien.dsr.notifier.cases.UnpublishedRecordings;
import de.thwien.dsr.notifier.controller.ControllerConfig;
import de.thwien.dsr.notifier.notices.CaseNotices;
import de.thwien.dsr.notifier.notices.RestrictionNotices;
import de.thwien.dsr.notifier.wording.ControllerStatus;
import de.thwien.dsr.platform.inbox.EventInbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The erasure confirmation (Art. 17, 18, 19 GDPR) or, for a consent withdrawal, the confirmation of
 * what stopped and what continues on which basis (Art. 7(3) GDPR), from {@code records.erased}. First the Art. 19
 * notifications of the recipients the erased and restricted records concern are recorded; the confirmation names the
 * recipients as recorded, once their instruction mails are out ({@link ConfirmationsAfterInstructions}).
 * {@code records.restricted} needs no handling of its own: the {@code records.erased} that follows it repeats the
 * restricted records. {@code restriction.lift-announced} gets the Art. 18(3) notice before a lift. The Art. 16
 * answer is written from {@code records.rectified}, after the Art. 19 notifications of the corrected records'
 * recipients, as for an erasure.
 */
@ApplicationScoped
public class ErasureEventConsumer {

    private final EventInbox inbox;
    private final ConfirmationsAfterInstructions confirmations;
    private final CaseNotices notices;
    private final ControllerStatus status;

    public ErasureEventConsumer(EventInbox inbox, ConfirmationsAfterInstructions confirmations, CaseNotices notices,
            ControllerConfig controller) {
        this.inbox = inbox;
        this.confirmations = confirmations;
        this.notices = notices;
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
            return confirmations.confirmOrHold(envelope, erased);
        }
        if (envelope.data() instanceof ErasureEvents.RestrictionLiftAnnounced announced) {
            // Art. 18(3): she is told before the lift; erasure-service lifts on this notice's notice.sent
            return notices.record(announced.caseId(), NoticeKind.RESTRICTION_LIFT_NOTICE, envelope,
                    announced.personal() == null ? null : announced.personal().person(), announced.language(),
                    language -> RestrictionNotices.liftAnnounced(announced, status, language));
        }
        if (envelope.data() instanceof RectificationEvents.RecordsRectified rectified) {
            return confirmations.answerOrHold(envelope, rectified);
        }
        if (envelope.data() instanceof ErasureEvents.RecordingsUnpublished unpublished) {
            return UnpublishedRecordings.remember(unpublished);
        }
        return Uni.createFrom().voidItem();
    }
}

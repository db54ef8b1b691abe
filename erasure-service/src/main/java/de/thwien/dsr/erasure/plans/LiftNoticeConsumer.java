package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.platform.inbox.EventInbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads the notifier's {@code notice.sent}: the Art. 18(3) notice before a lift is the one thing erasure-service
 * waits for there. Once it was sent, or for a requester without an e-mail address prepared for printing
 * ({@code notice.prepared-for-printing}) and so handed to the assistant to post, the restriction is lifted
 * ({@link RestrictionLifts}).
 */
@ApplicationScoped
public class LiftNoticeConsumer {

    private final EventInbox inbox;
    private final RestrictionLifts lifts;

    public LiftNoticeConsumer(EventInbox inbox, RestrictionLifts lifts) {
        this.inbox = inbox;
        this.lifts = lifts;
    }

    @Incoming("notices")
    public Uni<Void> onNoticeEvent(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, this::onEvent);
    }

    private Uni<Void> onEvent(EventEnvelope envelope) {
        if (envelope.data() instanceof NoticeEvents.NoticeSent sent
                && sent.kind() == NoticeEvents.NoticeKind.RESTRICTION_LIFT_NOTICE) {
            return lifts.noticeSent(UUID.fromString(sent.caseId()), sent.sentAt());
        }
        if (envelope.data() instanceof NoticeEvents.NoticePreparedForPrinting printed
                && printed.kind() == NoticeEvents.NoticeKind.RESTRICTION_LIFT_NOTICE) {
            return lifts.noticeHandedOverForPost(UUID.fromString(printed.caseId()), printed.preparedAt());
        }
        return Uni.createFrom().voidItem();
    }
}

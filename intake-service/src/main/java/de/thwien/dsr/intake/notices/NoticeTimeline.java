package de.thwien.dsr.intake.notices;

import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents;
import de.thwien.dsr.events.inbox.EventInbox;
import de.thwien.dsr.intake.cases.TimelineEntry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Records on the case timeline every notice the notifier sent or gave up on. */
@ApplicationScoped
public class NoticeTimeline {

    private final EventInbox inbox;

    public NoticeTimeline(EventInbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("notices")
    public Uni<Void> onNoticeEvent(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, this::record);
    }

    private Uni<Void> record(EventEnvelope envelope) {
        if (envelope.data() instanceof NoticeEvents.NoticeSent sent) {
            return TimelineEntry.of(UUID.fromString(sent.caseId()), sent.sentAt(), "NOTICE_SENT",
                    "Notice " + sent.kind() + " sent, Message-ID " + sent.messageId(), envelope.id())
                    .persist().replaceWithVoid();
        }
        if (envelope.data() instanceof NoticeEvents.NoticeFailed failed) {
            return TimelineEntry.of(UUID.fromString(failed.caseId()), failed.failedAt(), "NOTICE_FAILED",
                    "Notice " + failed.kind() + " failed after " + failed.attempts() + " attempts",
                    envelope.id()).persist().replaceWithVoid();
        }
        return Uni.createFrom().voidItem();
    }
}

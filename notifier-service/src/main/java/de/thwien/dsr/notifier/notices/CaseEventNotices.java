package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.inbox.EventInbox;
import de.thwien.dsr.notifier.delivery.NoticeBook;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Decides which notices a case event calls for and records them for sending. */
@ApplicationScoped
public class CaseEventNotices {

    private final EventInbox inbox;
    private final NoticeRenderer renderer;
    private final NoticeBook book;

    public CaseEventNotices(EventInbox inbox, NoticeRenderer renderer, NoticeBook book) {
        this.inbox = inbox;
        this.renderer = renderer;
        this.book = book;
    }

    @Incoming("cases")
    public Uni<Void> onCaseEvent(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, this::noticesFor);
    }

    private Uni<Void> noticesFor(EventEnvelope envelope) {
        if (envelope.data() instanceof CaseEvents.RequestReceived received) {
            return acknowledge(received, envelope);
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> acknowledge(CaseEvents.RequestReceived received, EventEnvelope envelope) {
        NoticeLanguage language = NoticeLanguage.of(received.language());
        AcknowledgementNotice notice = new AcknowledgementNotice(CaseReference.of(received.caseId()),
                received.personal().name(), language.requestType(received.requestType()),
                language.date(received.receivedOn()), language.date(received.dueOn()), received.statusUrl());
        return book.record(new NoticeBook.Intent(received.caseId(), NoticeKind.ACKNOWLEDGEMENT, envelope.id(),
                received.personal(), language.code(), renderer.render(NoticeKind.ACKNOWLEDGEMENT, language, notice),
                received.originalMessageId())).replaceWithVoid();
    }
}

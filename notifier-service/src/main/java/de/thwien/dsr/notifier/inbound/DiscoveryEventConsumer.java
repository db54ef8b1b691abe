package de.thwien.dsr.notifier.inbound;

import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.platform.inbox.EventInbox;
import de.thwien.dsr.notifier.firstcontact.FirstContactNotices;
import de.thwien.dsr.notifier.notices.AccessAnswerNotice;
import de.thwien.dsr.notifier.notices.CaseNotices;
import de.thwien.dsr.notifier.wording.CaseReference;
import de.thwien.dsr.notifier.wording.DisplayNames;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** The Art. 15 answer when the access package is ready, and the Art. 13 notice at first contact. */
@ApplicationScoped
public class DiscoveryEventConsumer {

    private final EventInbox inbox;
    private final CaseNotices notices;
    private final FirstContactNotices firstContacts;

    public DiscoveryEventConsumer(EventInbox inbox, CaseNotices notices, FirstContactNotices firstContacts) {
        this.inbox = inbox;
        this.notices = notices;
        this.firstContacts = firstContacts;
    }

    @Incoming("discovery")
    public Uni<Void> onDiscoveryEvent(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, this::noticesFor);
    }

    private Uni<Void> noticesFor(EventEnvelope envelope) {
        if (ShreddedEvents.noNoticeFor(envelope)) {
            return Uni.createFrom().voidItem();
        }
        if (envelope.data() instanceof DiscoveryEvents.AccessPackageReady ready) {
            return notices.record(ready.caseId(), NoticeKind.ACCESS_ANSWER, envelope, ready.personal(),
                    ready.language(), language -> new AccessAnswerNotice(CaseReference.of(ready.caseId()),
                            DisplayNames.of(ready.personal() == null ? null : ready.personal().name()),
                            ready.packageUrl(), language.dateTime(ready.expiresAt())));
        }
        if (envelope.data() instanceof DiscoveryEvents.ContactFirstSeen seen) {
            return firstContacts.noticeOnce(seen, envelope);
        }
        return Uni.createFrom().voidItem();
    }
}

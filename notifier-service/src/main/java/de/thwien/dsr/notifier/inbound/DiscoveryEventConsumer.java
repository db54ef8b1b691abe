package de.thwien.dsr.notifier.inbound;

import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.platform.inbox.EventInbox;
import de.thwien.dsr.notifier.firstcontact.FirstContactNotices;
import de.thwien.dsr.notifier.notices.AccessAnswers;
import de.thwien.dsr.notifier.notices.CaseNotices;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The Art. 15 answer when the access package is ready (its follow-up when the package was rebuilt after a store
 * that was down), and the Art. 13 notice at first contact.
 */
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
            return notices.record(ready.caseId(), AccessAnswers.kindOf(ready), envelope, ready.personal(),
                    ready.language(), language -> AccessAnswers.of(ready, language));
        }
        if (envelope.data() instanceof DiscoveryEvents.ContactFirstSeen seen) {
            return firstContacts.noticeOnce(seen, envelope);
        }
        return Uni.createFrom().voidItem();
    }
}

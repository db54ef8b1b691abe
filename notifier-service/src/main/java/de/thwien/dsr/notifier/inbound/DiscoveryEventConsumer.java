package de.thwien.dsr.notifier.inbound;

import de.thwien.dsr.events.DiscoveryEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.notifier.assistant.AssistantNotices;
import de.thwien.dsr.platform.inbox.EventInbox;
import de.thwien.dsr.notifier.firstcontact.FirstContactNotices;
import de.thwien.dsr.notifier.notices.AccessAnswers;
import de.thwien.dsr.notifier.notices.CaseNotices;
import de.thwien.dsr.notifier.notices.PortabilityAnswers;
import de.thwien.dsr.notifier.recipients.VoicemailCalls;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The Art. 15 answer when the access package is ready (its follow-up when the package was rebuilt after a store
 * that was down), the Art. 20 answer when the portability export is ready, the notice that stores could not be
 * searched after all (with the assistant's alert to search them by hand), and the Art. 13 notice at first contact.
 * From the located records it keeps only the voicemails' calls, which an Art. 19 instruction names.
 */
@ApplicationScoped
public class DiscoveryEventConsumer {

    private final EventInbox inbox;
    private final CaseNotices notices;
    private final FirstContactNotices firstContacts;
    private final AssistantNotices assistant;
    private final VoicemailCalls voicemailCalls;

    public DiscoveryEventConsumer(EventInbox inbox, CaseNotices notices, FirstContactNotices firstContacts,
            AssistantNotices assistant, VoicemailCalls voicemailCalls) {
        this.inbox = inbox;
        this.notices = notices;
        this.firstContacts = firstContacts;
        this.assistant = assistant;
        this.voicemailCalls = voicemailCalls;
    }

    @Incoming("discovery")
    public Uni<Void> onDiscoveryEvent(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, this::noticesFor);
    }

    private Uni<Void> noticesFor(EventEnvelope envelope) {
        if (ShreddedEvents.noNoticeFor(envelope)) {
            return Uni.createFrom().voidItem();
        }
        if (envelope.data() instanceof DiscoveryEvents.SubjectLocated located) {
            return voicemailCalls.remember(located);
        }
        if (envelope.data() instanceof DiscoveryEvents.AccessPackageReady ready) {
            return notices.record(ready.caseId(), AccessAnswers.kindOf(ready), envelope, ready.personal(),
                    ready.language(), language -> AccessAnswers.of(ready, language));
        }
        if (envelope.data() instanceof DiscoveryEvents.PortabilityPackageReady ready) {
            return notices.record(ready.caseId(), NoticeKind.PORTABILITY_ANSWER, envelope, ready.personal(),
                    ready.language(), language -> PortabilityAnswers.answer(ready, language));
        }
        if (envelope.data() instanceof DiscoveryEvents.StoresNotSearched notSearched) {
            // only an access answer promised the requester a follow-up; every request needs the manual search
            Uni<Void> told = notSearched.requestType() != RequestType.ACCESS ? Uni.createFrom().voidItem()
                    : notices.record(notSearched.caseId(), NoticeKind.ACCESS_STORES_NOT_SEARCHED, envelope,
                            notSearched.personal(), notSearched.language(),
                            language -> AccessAnswers.storesNotSearched(notSearched, language));
            return told.chain(() -> assistant.storesNotSearched(notSearched, envelope));
        }
        if (envelope.data() instanceof DiscoveryEvents.ContactFirstSeen seen) {
            return firstContacts.noticeOnce(seen, envelope);
        }
        return Uni.createFrom().voidItem();
    }
}

package de.thwien.dsr.notifier.inbound;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.EventEnvelope;
import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import de.thwien.dsr.events.Person;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.platform.inbox.EventInbox;
import de.thwien.dsr.notifier.assistant.AssistantNotices;
import de.thwien.dsr.notifier.cases.CaseContacts;
import de.thwien.dsr.notifier.delivery.NoticeBounces;
import de.thwien.dsr.notifier.notices.AcknowledgementNotice;
import de.thwien.dsr.notifier.notices.CaseNotices;
import de.thwien.dsr.notifier.notices.ExtensionNotice;
import de.thwien.dsr.notifier.notices.IdentityNotConfirmedNotice;
import de.thwien.dsr.notifier.notices.RefusalNotice;
import de.thwien.dsr.notifier.notices.RequestClassifiedNotice;
import de.thwien.dsr.notifier.notices.VerificationNotice;
import de.thwien.dsr.notifier.wording.CaseReference;
import de.thwien.dsr.notifier.wording.DisplayNames;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.time.ZoneId;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Decides which notices a case event calls for and records them for sending; a bounce intake reports for a notice
 * marks its delivery failed ({@link NoticeBounces}).
 */
@ApplicationScoped
public class CaseEventConsumer {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /**
     * The acknowledgement, the verification link and the notice that the identity was not confirmed go to an address
     * nobody has confirmed yet, and so do an extension or a refusal before verification: they greet without the typed
     * name, so that nobody can make our mailbox send their words to a stranger.
     */
    private static final String UNVERIFIED_GREETING = null;

    private final EventInbox inbox;
    private final CaseContacts contacts;
    private final CaseNotices notices;
    private final AssistantNotices assistant;
    private final NoticeBounces bounces;

    public CaseEventConsumer(EventInbox inbox, CaseContacts contacts, CaseNotices notices,
            AssistantNotices assistant, NoticeBounces bounces) {
        this.inbox = inbox;
        this.contacts = contacts;
        this.notices = notices;
        this.assistant = assistant;
        this.bounces = bounces;
    }

    @Incoming("cases")
    public Uni<Void> onCaseEvent(ConsumerRecord<String, String> record) {
        return inbox.applyOnce(record, this::noticesFor);
    }

    private Uni<Void> noticesFor(EventEnvelope envelope) {
        if (ShreddedEvents.noNoticeFor(envelope)) {
            return Uni.createFrom().voidItem();
        }
        if (envelope.data() instanceof CaseEvents.RequestReceived received) {
            return contacts.remember(received).chain(() -> acknowledge(received, envelope));
        }
        if (envelope.data() instanceof CaseEvents.RequestClassified classified) {
            return contacts.classify(classified).chain(() -> greeting(classified.caseId(), classified.personal()))
                    .chain(name -> notices.record(classified.caseId(), NoticeKind.REQUEST_CLASSIFIED, envelope,
                            classified.personal(), classified.language(), language -> RequestClassifiedNotice.of(
                                    CaseReference.of(classified.caseId()), name, classified.requestType(),
                                    classified.restrictionGround(), language,
                                    classified.receivedOn(), classified.dueOn(), classified.dueOn()
                                            .isBefore(envelope.time().atZone(BERLIN).toLocalDate()))));
        }
        if (envelope.data() instanceof CaseEvents.VerificationRequested requested) {
            return verification(NoticeKind.VERIFICATION_LINK, requested.caseId(), requested.requestType(),
                    requested.language(), requested.expiresAt(), requested.personal(), envelope);
        }
        if (envelope.data() instanceof CaseEvents.VerificationReminderDue due) {
            // the reminder's event does not carry the request's type: the case's contact knows it
            return contacts.requestTypeOf(due.caseId()).chain(type -> verification(
                    NoticeKind.VERIFICATION_REMINDER, due.caseId(), type, due.language(), due.expiresAt(),
                    due.personal(), envelope));
        }
        if (envelope.data() instanceof CaseEvents.IdentityVerified verified) {
            return contacts.markVerified(verified);
        }
        if (envelope.data() instanceof CaseEvents.DeadlineExtended extended) {
            // the subject names the extended request: the case's contact knows its type
            return contacts.requestTypeOf(extended.caseId()).chain(type -> greeting(extended.caseId(),
                    extended.personal()).chain(name -> notices.record(extended.caseId(),
                    NoticeKind.EXTENSION, envelope, extended.personal(), extended.language(),
                    language -> new ExtensionNotice(CaseReference.of(extended.caseId()), name,
                            language.date(extended.previousDueOn()), language.date(extended.extendedDueOn()),
                            extended.reasons(), type == null ? "" : language.requestSubjectAccusative(type)))));
        }
        if (envelope.data() instanceof CaseEvents.RequestRejected rejected) {
            // the refusal names the request it refuses: the case's contact knows its type and when it came in
            return contacts.openedRequestOf(rejected.caseId()).chain(request -> greeting(rejected.caseId(),
                    rejected.personal()).chain(name -> notices.record(rejected.caseId(),
                    NoticeKind.REFUSAL, envelope, rejected.personal(), rejected.language(),
                    language -> new RefusalNotice(CaseReference.of(rejected.caseId()), name,
                            language.rejectionReason(rejected.reasonCode()), rejected.reasons(),
                            request == null ? "" : language.yourRequest(request.type()),
                            request == null ? "" : language.requestSubject(request.type()),
                            request == null || request.receivedAt() == null ? ""
                                    : language.date(request.receivedAt().atZone(BERLIN).toLocalDate()),
                            RefusalNotice.lateness(rejected.lateAfter(),
                                    request == null ? null : request.type(), language)))));
        }
        if (envelope.data() instanceof CaseEvents.IdentityUnconfirmed unconfirmed) {
            return notices.record(unconfirmed.caseId(), NoticeKind.IDENTITY_NOT_CONFIRMED, envelope,
                    unconfirmed.personal(), unconfirmed.language(), language -> new IdentityNotConfirmedNotice(
                            CaseReference.of(unconfirmed.caseId()), UNVERIFIED_GREETING,
                            language.yourRequest(unconfirmed.requestType()),
                            language.requestSubject(unconfirmed.requestType()),
                            language.date(unconfirmed.receivedOn())));
        }
        if (envelope.data() instanceof CaseEvents.DeadlineDigestDue digest) {
            return assistant.digest(digest, envelope);
        }
        if (envelope.data() instanceof CaseEvents.NoticeBounced bounced) {
            return bounces.record(bounced);
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> acknowledge(CaseEvents.RequestReceived received, EventEnvelope envelope) {
        return notices.record(received.caseId(), NoticeKind.ACKNOWLEDGEMENT, envelope, received.personal(),
                received.language(), language -> AcknowledgementNotice.of(CaseReference.of(received.caseId()),
                        UNVERIFIED_GREETING, received.requestType(), language, received.receivedOn(),
                        received.dueOn(), received.statusUrl(),
                        received.dueOn().isBefore(envelope.time().atZone(BERLIN).toLocalDate()),
                        received.personal() != null && received.personal().email() != null));
    }

    /** {@code requestType} is null for a case not known here; the notice then speaks of "your message". */
    private Uni<Void> verification(NoticeKind kind, String caseId, RequestType requestType, String languageCode,
            Instant expiresAt, CaseEvents.VerificationLink link, EventEnvelope envelope) {
        return notices.record(caseId, kind, envelope, new Person(link.email(), link.name()), languageCode,
                language -> new VerificationNotice(CaseReference.of(caseId), UNVERIFIED_GREETING,
                        requestType == null ? null : language.yourRequest(requestType),
                        language.requestSubjectAccusative(requestType == null ? RequestType.UNCLASSIFIED : requestType),
                        link.verificationUrl(), language.dateTime(expiresAt)));
    }

    /**
     * The name to greet with: the one she gave once her identity is verified, none before (an extension or a refusal
     * can go out before verification, and the typed name is anyone's text until then).
     */
    private Uni<String> greeting(String caseId, Person person) {
        return contacts.isVerified(caseId).map(verified -> verified ? DisplayNames.of(nameOf(person))
                : UNVERIFIED_GREETING);
    }

    private static String nameOf(Person person) {
        return person == null ? null : person.name();
    }
}

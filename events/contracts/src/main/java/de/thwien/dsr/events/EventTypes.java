package de.thwien.dsr.events;

import java.util.Map;
import java.util.Optional;

/**
 * CloudEvents {@code type} of every event and the record and topic that belong to it.
 * The type names follow DESIGN.md with the {@code .v1} version suffix.
 */
public final class EventTypes {

    private static final String PREFIX = "de.thwien.dsr.";

    public static final String REQUEST_RECEIVED = PREFIX + "request.received.v1";
    public static final String REQUEST_CLASSIFIED = PREFIX + "request.classified.v1";
    public static final String IDENTITY_VERIFIED = PREFIX + "identity.verified.v1";
    public static final String DEADLINE_EXTENDED = PREFIX + "deadline.extended.v1";
    public static final String REQUEST_REJECTED = PREFIX + "request.rejected.v1";
    public static final String CASE_CLOSED = PREFIX + "case.closed.v1";
    public static final String NOTICE_BOUNCED = PREFIX + "notice.bounced.v1";
    public static final String VERIFICATION_REQUESTED = PREFIX + "verification.requested.v1";
    public static final String VERIFICATION_REMINDER_DUE = PREFIX + "verification.reminder-due.v1";
    public static final String IDENTITY_UNCONFIRMED = PREFIX + "identity.unconfirmed.v1";
    public static final String DEADLINE_DIGEST_DUE = PREFIX + "deadline.digest-due.v1";
    public static final String SUBJECT_LOCATED = PREFIX + "subject.located.v1";
    public static final String ACCESS_PACKAGE_READY = PREFIX + "access.package.ready.v1";
    public static final String PORTABILITY_PACKAGE_READY = PREFIX + "portability.package.ready.v1";
    public static final String CONTACT_FIRST_SEEN = PREFIX + "contact.first-seen.v1";
    public static final String NAME_MATCHES_AWAITING_REVIEW = PREFIX + "name-matches.awaiting-review.v1";
    public static final String NAME_MATCH_DECIDED = PREFIX + "name-match.decided.v1";
    public static final String STORES_NOT_SEARCHED = PREFIX + "stores.not-searched.v1";
    public static final String ERASURE_PLANNED = PREFIX + "erasure.planned.v1";
    public static final String RECORDS_ERASED = PREFIX + "records.erased.v1";
    public static final String RECORDS_RESTRICTED = PREFIX + "records.restricted.v1";
    public static final String RESTRICTION_LIFTED = PREFIX + "restriction.lifted.v1";
    public static final String RESTRICTION_LIFT_ANNOUNCED = PREFIX + "restriction.lift-announced.v1";
    public static final String RECORDINGS_UNPUBLISHED = PREFIX + "recordings.unpublished.v1";
    public static final String RECORDS_RECTIFIED = PREFIX + "records.rectified.v1";
    public static final String NOTICE_SENT = PREFIX + "notice.sent.v1";
    public static final String NOTICE_FAILED = PREFIX + "notice.failed.v1";
    public static final String NOTICE_PREPARED_FOR_PRINTING = PREFIX + "notice.prepared-for-printing.v1";

    /** Where an event type lives and which record carries its data. */
    public record Registration(String type, String topic, Class<? extends EventData> dataClass) {
    }

    private static final Map<Class<? extends EventData>, Registration> BY_CLASS = Map.ofEntries(
            entry(REQUEST_RECEIVED, Topics.CASES, CaseEvents.RequestReceived.class),
            entry(REQUEST_CLASSIFIED, Topics.CASES, CaseEvents.RequestClassified.class),
            entry(IDENTITY_VERIFIED, Topics.CASES, CaseEvents.IdentityVerified.class),
            entry(DEADLINE_EXTENDED, Topics.CASES, CaseEvents.DeadlineExtended.class),
            entry(REQUEST_REJECTED, Topics.CASES, CaseEvents.RequestRejected.class),
            entry(CASE_CLOSED, Topics.CASES, CaseEvents.CaseClosed.class),
            // produced by intake, consumed by the notifier, which reads dsr.cases (it owns dsr.notices)
            entry(NOTICE_BOUNCED, Topics.CASES, CaseEvents.NoticeBounced.class),
            entry(VERIFICATION_REQUESTED, Topics.CASES, CaseEvents.VerificationRequested.class),
            entry(VERIFICATION_REMINDER_DUE, Topics.CASES, CaseEvents.VerificationReminderDue.class),
            entry(IDENTITY_UNCONFIRMED, Topics.CASES, CaseEvents.IdentityUnconfirmed.class),
            entry(DEADLINE_DIGEST_DUE, Topics.CASES, CaseEvents.DeadlineDigestDue.class),
            entry(SUBJECT_LOCATED, Topics.DISCOVERY, DiscoveryEvents.SubjectLocated.class),
            entry(ACCESS_PACKAGE_READY, Topics.DISCOVERY, DiscoveryEvents.AccessPackageReady.class),
            entry(PORTABILITY_PACKAGE_READY, Topics.DISCOVERY, DiscoveryEvents.PortabilityPackageReady.class),
            entry(CONTACT_FIRST_SEEN, Topics.DISCOVERY, DiscoveryEvents.ContactFirstSeen.class),
            entry(NAME_MATCHES_AWAITING_REVIEW, Topics.DISCOVERY, DiscoveryEvents.NameMatchesAwaitingReview.class),
            entry(NAME_MATCH_DECIDED, Topics.DISCOVERY, DiscoveryEvents.NameMatchDecided.class),
            entry(STORES_NOT_SEARCHED, Topics.DISCOVERY, DiscoveryEvents.StoresNotSearched.class),
            entry(ERASURE_PLANNED, Topics.ERASURE, ErasureEvents.ErasurePlanned.class),
            entry(RECORDS_ERASED, Topics.ERASURE, ErasureEvents.RecordsErased.class),
            entry(RECORDS_RESTRICTED, Topics.ERASURE, ErasureEvents.RecordsRestricted.class),
            entry(RESTRICTION_LIFTED, Topics.ERASURE, ErasureEvents.RestrictionLifted.class),
            entry(RESTRICTION_LIFT_ANNOUNCED, Topics.ERASURE, ErasureEvents.RestrictionLiftAnnounced.class),
            entry(RECORDINGS_UNPUBLISHED, Topics.ERASURE, ErasureEvents.RecordingsUnpublished.class),
            entry(RECORDS_RECTIFIED, Topics.ERASURE, RectificationEvents.RecordsRectified.class),
            entry(NOTICE_SENT, Topics.NOTICES, NoticeEvents.NoticeSent.class),
            entry(NOTICE_FAILED, Topics.NOTICES, NoticeEvents.NoticeFailed.class),
            entry(NOTICE_PREPARED_FOR_PRINTING, Topics.NOTICES, NoticeEvents.NoticePreparedForPrinting.class));

    private static final Map<String, Registration> BY_TYPE = Map.copyOf(BY_CLASS.values().stream()
            .collect(java.util.stream.Collectors.toMap(Registration::type, r -> r)));

    private EventTypes() {
    }

    public static Registration of(Class<? extends EventData> dataClass) {
        Registration registration = BY_CLASS.get(dataClass);
        if (registration == null) {
            throw new IllegalArgumentException("no event type registered for " + dataClass.getName());
        }
        return registration;
    }

    public static Registration of(EventData data) {
        return of(data.getClass());
    }

    public static Optional<Registration> byType(String type) {
        return Optional.ofNullable(type).map(BY_TYPE::get);
    }

    private static Map.Entry<Class<? extends EventData>, Registration> entry(
            String type, String topic, Class<? extends EventData> dataClass) {
        return Map.entry(dataClass, new Registration(type, topic, dataClass));
    }
}

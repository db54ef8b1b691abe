package de.thwien.dsr.events;

/**
 * The data of one event on the backbone. Every implementation is an immutable record whose
 * personal data, if any, sits in a single field named {@code personal}.
 */
public sealed interface EventData permits
        CaseEvents.RequestReceived, CaseEvents.RequestClassified, CaseEvents.IdentityVerified, CaseEvents.DeadlineExtended,
        CaseEvents.RequestRejected, CaseEvents.CaseClosed, CaseEvents.VerificationRequested,
        CaseEvents.VerificationReminderDue, CaseEvents.IdentityUnconfirmed, CaseEvents.DeadlineDigestDue,
        CaseEvents.NoticeBounced,
        DiscoveryEvents.SubjectLocated, DiscoveryEvents.AccessPackageReady, DiscoveryEvents.ContactFirstSeen,
        DiscoveryEvents.NameMatchesAwaitingReview, DiscoveryEvents.NameMatchDecided,
        DiscoveryEvents.StoresNotSearched,
        DiscoveryEvents.PortabilityPackageReady,
        ErasureEvents.ErasurePlanned, ErasureEvents.RecordsErased, ErasureEvents.RecordsRestricted,
        ErasureEvents.RestrictionLifted, ErasureEvents.RestrictionLiftAnnounced, ErasureEvents.RecordingsUnpublished,
        RectificationEvents.RecordsRectified,
        NoticeEvents.NoticeSent, NoticeEvents.NoticeFailed, NoticeEvents.NoticePreparedForPrinting {

    /** The CloudEvents {@code subject} and Kafka record key: the case id (or contact id for contacts). */
    String subjectId();
}

package de.thwien.dsr.intake.cases.lifecycle;

/** What can happen to a case: events of the services and actions of the assistant. */
public enum CaseTrigger {
    /** intake sent the verification link (verification.requested). */
    VERIFICATION_REQUESTED,
    /** The requester used the link (identity.verified, method EMAIL_LINK). */
    VERIFIED_BY_LINK,
    /** The link's validity ended unused. */
    VERIFICATION_EXPIRED,
    /** The assistant sent a new verification link; earlier links no longer work. */
    VERIFICATION_LINK_RENEWED,
    /** The assistant confirmed the identity with a note (identity.verified, method MANUAL). */
    VERIFIED_MANUALLY,
    /** subject-index found the person's records (subject.located). */
    SUBJECT_LOCATED,
    /** erasure-service planned without items that need approval (erasure.planned). */
    ERASURE_PLANNED,
    /** erasure-service planned items that need the assistant's approval (erasure.planned). */
    ERASURE_PLANNED_FOR_APPROVAL,
    /** Records were restricted (records.restricted); the plan is being executed. */
    RECORDS_RESTRICTED,
    /** The erasure plan was executed (records.erased). */
    RECORDS_ERASED,
    /** The Art. 15 copy is ready (access.package.ready). */
    ACCESS_PACKAGE_READY,
    /** The Art. 20 export is ready (portability.package.ready). */
    PORTABILITY_PACKAGE_READY,
    /** The notifier sent the answer to the requester (notice.sent of an answer kind). */
    ANSWER_SENT,
    /** The notifier sent a notice that does not answer the request (notice.sent). */
    NOTICE_SENT,
    /** The notifier gave up on a notice (notice.failed); the assistant must act. */
    NOTICE_FAILED,
    /** A delivery report (bounce or delay warning) for one of the case's notices came back to the mailbox. */
    DELIVERY_REPORTED,
    /** The assistant recorded how to reach a requester whom mail does not reach (letter, phone ...). */
    OTHER_CHANNEL_RECORDED,
    /** The assistant extended the period by two months (deadline.extended). */
    DEADLINE_EXTENDED,
    /** The assistant rejected the request (request.rejected). */
    REJECTED,
    /** The assistant added a note. */
    NOTE_ADDED,
    /** The assistant closed the case (case.closed). */
    CLOSED
}

package de.thwien.dsr.events;

import java.time.Instant;
import java.util.UUID;

/** Events on {@link Topics#NOTICES}, produced by notifier-service. */
public final class NoticeEvents {

    private NoticeEvents() {
    }

    /** The kinds of notices the notifier sends. */
    public enum NoticeKind {
        ACKNOWLEDGEMENT,
        /**
         * The assistant set the kind of a request the software could not assign: how we treat her letter, that the
         * deadline stays, and to tell us if she meant something else.
         */
        REQUEST_CLASSIFIED,
        VERIFICATION_LINK,
        VERIFICATION_REMINDER,
        FIRST_CONTACT,
        EXTENSION,
        ACCESS_ANSWER,
        /** After the access answer: a store that could not be searched for it has been searched now. */
        ACCESS_FOLLOW_UP,
        /**
         * After the access answer: a store that could not be searched for it could still not be searched when the
         * retries ran out; the promised follow-up will not come.
         */
        ACCESS_STORES_NOT_SEARCHED,
        ERASURE_CONFIRMATION,
        /** Art. 20: the link to the machine-readable export of what she provided. */
        PORTABILITY_ANSWER,
        CONSENT_WITHDRAWAL_CONFIRMATION,
        /** Art. 18: which records are restricted, why, for how long, and that she is told before it is lifted. */
        RESTRICTION_CONFIRMATION,
        /** Art. 18(3): sent before a restriction she asked for is lifted; the lift waits for it. */
        RESTRICTION_LIFT_NOTICE,
        /** Art. 21: per purpose objected to, whether it stopped (what was erased or restricted) or continues, why. */
        OBJECTION_ANSWER,
        /**
         * Art. 16: what was corrected where, what needed no change and why, what cannot be changed with the
         * supplementary statement kept for it.
         */
        RECTIFICATION_CONFIRMATION,
        REFUSAL,
        /** The identity was not confirmed after the link expired: the request cannot be carried out yet. */
        IDENTITY_NOT_CONFIRMED,
        /**
         * Art. 19 GDPR: to a recipient of the data (a processor: Art. 28(3)(g)), the instruction to erase or restrict
         * the records an erasure or restriction of the case concerned; not a notice to the requester.
         */
        RECIPIENT_INSTRUCTION,
        ASSISTANT_DIGEST,
        ASSISTANT_ALERT
    }

    public record NoticeSent(
            String caseId,
            NoticeKind kind,
            UUID triggerEventId,
            String messageId,
            Instant sentAt,
            Person personal) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }

    public record NoticeFailed(
            String caseId,
            NoticeKind kind,
            UUID triggerEventId,
            int attempts,
            String error,
            Instant failedAt) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /**
     * A notice for a requester without an address (a request registered by letter or phone): recorded for the
     * assistant to print and post, never mailed. {@code deliveryId} names it in the notifier's delivery log.
     */
    public record NoticePreparedForPrinting(
            String caseId,
            NoticeKind kind,
            UUID triggerEventId,
            UUID deliveryId,
            Instant preparedAt) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }
}

package de.thwien.dsr.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Events on {@link Topics#CASES}, produced by intake-service. */
public final class CaseEvents {

    private CaseEvents() {
    }

    /**
     * How a request reached us: by itself through the web form or the privacy mailbox, or registered by the assistant
     * (a letter, a call, a fax, a visit, a mail to another of the controller's addresses). Names are only ever added:
     * older events keep decoding.
     */
    public enum Channel { WEB_FORM, EMAIL, LETTER, PHONE, FAX, IN_PERSON, OTHER_ADDRESS }

    /**
     * A new case was opened; the clock of Art. 12(3) runs from {@code receivedAt}. For a request
     * that came by mail, {@code originalMessageId} is its Message-ID: consumers that answer the
     * requester keep it to thread every later notice of the case to the request. The personal block's
     * {@code email} is null for a request registered without an address (a letter, a call): its notices are
     * prepared for printing instead of mailed.
     */
    public record RequestReceived(
            String caseId,
            RequestType requestType,
            String language,
            Channel channel,
            Instant receivedAt,
            LocalDate receivedOn,
            LocalDate dueOn,
            LocalDate extendedDueOn,
            String statusUrl,
            String originalMessageId,
            Person personal,
            RestrictionGround restrictionGround) implements EventData {

        /** A request that is no restriction, or one whose ground she did not say. */
        public RequestReceived(String caseId, RequestType requestType, String language, Channel channel,
                Instant receivedAt, LocalDate receivedOn, LocalDate dueOn, LocalDate extendedDueOn, String statusUrl,
                String originalMessageId, Person personal) {
            this(caseId, requestType, language, channel, receivedAt, receivedOn, dueOn, extendedDueOn, statusUrl,
                    originalMessageId, personal, null);
        }

        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /**
     * The assistant set the kind of a request the software could not assign (a mail the classifier could not read,
     * a letter registered as UNCLASSIFIED): from now on the case is a request of {@code requestType}.
     * {@code restrictionGround}: for a restriction, the ground she read in it (Art. 18(1)), null when it names none.
     * The receipt and the deadline stay as they were (Art. 12(3) runs from receipt): {@code receivedOn} and
     * {@code dueOn} (the due date now in force) are told to the requester. The personal block addresses her notice
     * and lets a consent withdrawal take effect at once.
     */
    public record RequestClassified(
            String caseId,
            RequestType requestType,
            RestrictionGround restrictionGround,
            String language,
            LocalDate receivedOn,
            LocalDate dueOn,
            Instant classifiedAt,
            Person personal) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /** How an identity was confirmed (Art. 12(6)). */
    public enum VerificationMethod { EMAIL_LINK, MANUAL }

    public record IdentityVerified(
            String caseId,
            RequestType requestType,
            String language,
            VerificationMethod method,
            Instant verifiedAt,
            Person personal) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /** The period was extended by two months with reasons (Art. 12(3) sentence 2–3). */
    public record DeadlineExtended(
            String caseId,
            String language,
            LocalDate previousDueOn,
            LocalDate extendedDueOn,
            String reasons,
            Person personal) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /** Why a request is not acted on (Art. 12(4)–(6)). */
    public enum RejectionReason { MANIFESTLY_UNFOUNDED, EXCESSIVE, IDENTITY_NOT_CONFIRMED, OTHER }

    /**
     * The controller does not act on the request (Art. 12(4)/(5)); {@code reasons} is the assistant's text.
     * {@code lateAfter}: the last day of the month within which the refusal had to be told, when it comes after it
     * (the assistant confirmed she knows); null when it is in time, and in events written before it existed.
     */
    public record RequestRejected(
            String caseId,
            String language,
            RejectionReason reasonCode,
            String reasons,
            LocalDate lateAfter,
            Person personal) implements EventData {

        /** A refusal in time. */
        public RequestRejected(String caseId, String language, RejectionReason reasonCode, String reasons,
                Person personal) {
            this(caseId, language, reasonCode, reasons, null, personal);
        }

        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /**
     * The requester must confirm the address with a single-use link (Art. 12(6)); the notifier
     * sends it. {@code verificationUrl} holds the secret token, so it travels in the personal block.
     */
    public record VerificationRequested(
            String caseId,
            RequestType requestType,
            String language,
            Instant expiresAt,
            VerificationLink personal) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /**
     * The link has not been used yet; the notifier sends a reminder. It carries a fresh link (only
     * token hashes are stored, so the first link cannot be sent again); both stay valid until expiry.
     */
    public record VerificationReminderDue(
            String caseId,
            String language,
            Instant expiresAt,
            VerificationLink personal) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /**
     * The verification link expired unused and the grace after it passed: the notifier tells the requester that her
     * request cannot be carried out while her identity is not confirmed (Art. 12(2) sentence 2, 12(6)), how to
     * confirm it now, and her remedies (Art. 12(4)). The case stays open: a later confirmation goes on with it.
     */
    public record IdentityUnconfirmed(
            String caseId,
            RequestType requestType,
            String language,
            LocalDate receivedOn,
            Person personal) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /** Whom to send a verification link and the link itself. */
    public record VerificationLink(String email, String name, String verificationUrl) {
    }

    /** One row of the assistant's digest; case data only, no personal data. */
    public record DigestEntry(String caseId, RequestType requestType, String status, LocalDate dueOn,
            long daysLeft) {
    }

    /**
     * Once a day: the cases due within 7 days and the overdue ones, for the assistant's digest mail, and the
     * dead letters nobody has replayed or handled yet, per dead-letter topic. {@code openDeadLetters} is null in
     * digests written before dead letters were counted; {@code attention} (cases with a new reply, a failed
     * delivery, an unconfirmed identity) and {@code openTriageItems} (mail in the mailbox's triage list) are null in
     * digests written before they were reported. All three are optional: older events still decode.
     */
    public record DeadlineDigestDue(
            String digestId,
            LocalDate date,
            List<DigestEntry> dueSoon,
            List<DigestEntry> overdue,
            List<DeadLetterCount> openDeadLetters,
            List<AttentionEntry> attention,
            Long openTriageItems) implements EventData {

        /** A digest that does not report dead letters. */
        public DeadlineDigestDue(String digestId, LocalDate date, List<DigestEntry> dueSoon, List<DigestEntry> overdue) {
            this(digestId, date, dueSoon, overdue, null, null, null);
        }

        /** A digest that does not report attentions and triage. */
        public DeadlineDigestDue(String digestId, LocalDate date, List<DigestEntry> dueSoon, List<DigestEntry> overdue,
                List<DeadLetterCount> openDeadLetters) {
            this(digestId, date, dueSoon, overdue, openDeadLetters, null, null);
        }

        @Override
        public String subjectId() {
            return digestId;
        }
    }

    /**
     * A case that needs the assistant's eyes: {@code reason} names why (NEW_REPLY, DELIVERY_FAILED, UNVERIFIED,
     * NAME_MATCH_REVIEW, as intake's dashboard calls it), {@code since} when it arose.
     */
    public record AttentionEntry(String caseId, RequestType requestType, String reason, Instant since) {
    }

    /** How many records of one dead-letter topic wait for a replay or a note. */
    public record DeadLetterCount(String topic, long open) {
    }

    /**
     * A delivery report (bounce, RFC 3464) says that a notice did not reach the requester: intake recognised it in
     * the request mailbox and found the notice by its Message-ID ({@code messageId}, as the notifier wrote it) or by
     * recipient and time. {@code status} is the report's status code (e.g. {@code 5.1.1}); the diagnostic code may
     * quote the address, so it travels sealed in {@code personal}.
     */
    public record NoticeBounced(
            String caseId,
            NoticeEvents.NoticeKind kind,
            String messageId,
            String status,
            Instant reportedAt,
            BounceDiagnostic personal) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }

    /** The reporting server's words about the failure ({@code Diagnostic-Code}); null when it gave none. */
    public record BounceDiagnostic(String diagnosticCode) {
    }

    public record CaseClosed(
            String caseId,
            String outcome,
            Instant closedAt) implements EventData {
        @Override
        public String subjectId() {
            return caseId;
        }
    }
}

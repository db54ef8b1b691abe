package de.thwien.dsr.intake.cases;

import de.thwien.dsr.events.CaseEvents;
import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One data-subject request and its legal deadlines. */
@Entity
@Table(name = "dsr_case")
public class DsrCase extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type", nullable = false)
    public RequestType requestType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    @Column(nullable = false)
    public String language;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseEvents.Channel channel;

    /*
     * The requester's address, name and message are sealed with the case's data key (CasePersonalData): read
     * them through CasePersonalData.open, write them through CasePersonalData.seal, never directly. The address is
     * null for a request registered without one (a letter, a call).
     */
    @Column(name = "requester_email")
    public String requesterEmail;

    @Column(name = "requester_name")
    public String requesterName;

    @Column(columnDefinition = "text")
    public String message;

    /** Keyed digest of the normalised address ({@link RequesterDigest}), for lookups; null once shredded. */
    @Column(name = "requester_email_digest")
    public String requesterEmailDigest;

    /** False only for a row written before sealing existed, until PlaintextCaseSealing has sealed it. */
    @Column(name = "personal_data_sealed", nullable = false)
    public boolean personalDataSealed;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(name = "extended_due_on", nullable = false)
    public LocalDate extendedDueOn;

    /** The date the answer is due now: {@link #dueOn}, or {@link #extendedDueOn} once extended. */
    @Column(name = "current_due_on", nullable = false)
    public LocalDate currentDueOn;

    @Column(nullable = false)
    public boolean extended;

    /** An earlier open case of the same verified address and type this one repeats. */
    @Column(name = "duplicate_of")
    public UUID duplicateOf;

    /** The closed or answered case whose requester's reply the assistant opened this one for. */
    @Column(name = "follow_up_of")
    public UUID followUpOf;

    /** DUE_SOON or OVERDUE as the deadline watch last saw the case; null when neither. */
    @Column(name = "deadline_flag")
    public String deadlineFlag;

    /** SHA-256 of the status link's token; the token itself is only in the requester's link. */
    @Column(name = "status_token_hash", nullable = false, unique = true)
    public String statusTokenHash;

    /** Message-ID of the request mail, so notices can thread to it. */
    @Column(name = "original_message_id")
    public String originalMessageId;

    /** A case from mail: its Message-ID bounded for the index (over 255 characters as {@code sha256:…}). */
    @Column(name = "mail_key")
    public String mailKey;

    /** A case from mail: keyed digest of sender, subject and text, so that a reused Message-ID opens a case. */
    @Column(name = "mail_digest")
    public String mailDigest;

    /** When a permanent bounce of the acknowledgement or verification mail showed the address does not work. */
    @Column(name = "mail_unreachable_since")
    public Instant mailUnreachableSince;

    @Version
    public long version;

    /** The requester cannot be reached by mail; the first report counts. */
    public void markUnreachableByMail(Instant at) {
        if (mailUnreachableSince == null) {
            mailUnreachableSince = at;
        }
    }

    /** She received our mail after all ({@link MailReachability}). True when the case was marked unreachable. */
    boolean markReachableByMail() {
        boolean wasUnreachable = mailUnreachableSince != null;
        mailUnreachableSince = null;
        return wasUnreachable;
    }
}

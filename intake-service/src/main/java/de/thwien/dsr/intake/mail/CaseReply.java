package de.thwien.dsr.intake.mail;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A mail that answers a case: attached to it, or (from another address than the requester's) waiting in triage.
 * Sender, subject and texts are sealed with the case's data key ({@link CaseReplies}): read and write them only
 * there.
 */
@Entity
@Table(name = "case_reply")
public class CaseReply extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    /** The Message-ID as {@link MessageIdKey} bounds it. */
    @Column(name = "mail_key", nullable = false)
    public String mailKey;

    /** {@link MailDigest} of the mail: with {@link #mailKey}, the same mail polled again. */
    @Column(name = "mail_digest", nullable = false)
    public String mailDigest;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** Sent by a machine (an out-of-office reply): no badge, nothing to read. */
    @Column(nullable = false)
    public boolean automatic;

    /** Sent from the case's requester address (by the keyed digest, never by opening the case). */
    @Column(name = "from_requester", nullable = false)
    public boolean fromRequester;

    /** False while a mail from another address waits in triage. */
    @Column(nullable = false)
    public boolean attached;

    /** The triage item ({@link MailIntakeFailure}) of a mail from another address. */
    @Column(name = "triage_id")
    public Long triageId;

    @Column(name = "new_text_chars", nullable = false)
    public int newTextChars;

    @Column(name = "sender_email", columnDefinition = "text")
    public String senderEmail;

    @Column(name = "sender_name", columnDefinition = "text")
    public String senderName;

    @Column(columnDefinition = "text")
    public String subject;

    @Column(name = "new_text", columnDefinition = "text")
    public String newText;

    @Column(name = "full_text", columnDefinition = "text")
    public String fullText;
}

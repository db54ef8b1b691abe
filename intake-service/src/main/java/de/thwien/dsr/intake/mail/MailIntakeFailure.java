package de.thwien.dsr.intake.mail;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A mail of the request mailbox that became no case, listed for the assistant: one that could not be read or failed
 * twice ({@link Kind#ERROR}, in the error folder), one a machine sent ({@link Kind#AUTOMATIC_MAIL}, in the
 * automatic folder), or one that names a case from another address than the requester's
 * ({@link Kind#REPLY_FROM_OTHER_ADDRESS}, in the triage folder). Never deleted.
 */
@Entity
@Table(name = "mail_intake_failure")
public class MailIntakeFailure extends PanacheEntityBase {

    /** Why the mail became no case. */
    public enum Kind { ERROR, AUTOMATIC_MAIL, REPLY_FROM_OTHER_ADDRESS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The Message-ID; over 255 characters its key ({@link MessageIdKey}), null if none could be read. */
    @Column(name = "message_id")
    public String messageId;

    /** The folder the mail was moved to. */
    @Column(nullable = false)
    public String folder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind = Kind.ERROR;

    /**
     * What went wrong, technically, or the {@link de.thwien.dsr.platform.mail.AutomaticMail.Reason};
     * never the mail's content.
     */
    @Column(nullable = false)
    public String reason;

    /** The IMAP server's name for an automatic mail in the inbox, so that it is listed once (null for errors). */
    @Column(name = "mailbox_ref")
    public String mailboxRef;

    /**
     * The case a {@link Kind#REPLY_FROM_OTHER_ADDRESS} mail names, or the case the system attached a delivery report
     * of one of its notices to; null otherwise.
     */
    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "received_at")
    public Instant receivedAt;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;

    /** When the assistant dealt with it; null while it waits in triage. */
    @Column(name = "handled_at")
    public Instant handledAt;

    /** Who dealt with it (her login), or {@code system} for a delivery report attached to its case. */
    @Column(name = "handled_by")
    public String handledBy;
}

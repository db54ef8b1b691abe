package de.thwien.dsr.intake.mail;

import de.thwien.dsr.events.RequestType;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A mail in a watched mailbox that reads like a data-subject request: suggested in triage, opened as a case only by
 * the assistant. Its id is the id of the case it would open, and its sender, subject and text are sealed under that
 * case's key ({@link MailSuggestions}), so the case and the suggestion are shredded together.
 */
@Entity
@Table(name = "mail_suggestion")
public class MailSuggestion extends PanacheEntityBase {

    @Id
    public UUID id;

    /** The watched mailbox's name in the configuration, e.g. {@code info}. */
    @Column(nullable = false)
    public String mailbox;

    /** The server's name for the mail (folder, UIDVALIDITY, UID): each mail is suggested once. */
    @Column(name = "mailbox_ref", nullable = false, unique = true)
    public String mailboxRef;

    /** The Message-ID as {@link MessageIdKey}: the same mail is suggested once even if the server renumbers. */
    @Column(name = "mail_key", nullable = false)
    public String mailKey;

    @Column(name = "original_message_id")
    public String originalMessageId;

    /** When the mail reached the watched mailbox: the receipt instant of the request. */
    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type", nullable = false)
    public RequestType requestType;

    @Column(nullable = false)
    public String language;

    @Column(name = "sender_email", nullable = false)
    public String senderEmail;

    @Column(name = "sender_name")
    public String senderName;

    @Column(columnDefinition = "text")
    public String subject;

    @Column(columnDefinition = "text")
    public String message;

    @Column(name = "suggested_at", nullable = false)
    public Instant suggestedAt;

    @Column(name = "case_opened_at")
    public Instant caseOpenedAt;

    @Column(name = "case_opened_by")
    public String caseOpenedBy;
}

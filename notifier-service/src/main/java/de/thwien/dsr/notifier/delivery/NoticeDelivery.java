package de.thwien.dsr.notifier.delivery;

import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One notice to one recipient: the intent, the rendered text as proof, and the outcome. */
@Entity
@Table(name = "notice_delivery")
public class NoticeDelivery extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public String caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public NoticeKind kind;

    @Column(name = "trigger_event_id", nullable = false)
    public UUID triggerEventId;

    @Column(nullable = false)
    public String recipient;

    @Column(name = "recipient_name")
    public String recipientName;

    @Column(nullable = false)
    public String language;

    @Column(nullable = false)
    public String subject;

    @Column(name = "body_text", nullable = false, columnDefinition = "text")
    public String bodyText;

    @Column(name = "body_html", nullable = false, columnDefinition = "text")
    public String bodyHtml;

    @Column(name = "body_sha256", nullable = false)
    public String bodySha256;

    @Column(name = "message_id", nullable = false, unique = true)
    public String messageId;

    @Column(name = "in_reply_to")
    public String inReplyTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    @Column(name = "sent_at")
    public Instant sentAt;

    /** The failure's type only: SMTP answers can quote addresses. */
    @Column(name = "last_error")
    public String lastError;

    /** The status code of a delivery report (bounce) for this notice, e.g. {@code 5.1.1}; null if none came. */
    @Column(name = "bounce_status")
    public String bounceStatus;

    /** The report's diagnostic code, sealed ({@link SealedNotices}): it may quote the address. */
    @Column(name = "bounce_diagnostic", columnDefinition = "text")
    public String bounceDiagnostic;

    /** When the report arrived. */
    @Column(name = "bounced_at")
    public Instant bouncedAt;
}

package de.thwien.dsr.notifier.delivery;

import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a case's delivery log: what was sent to whom and when, with the Message-ID and the
 * SHA-256 of the rendered text. {@code text} (the proof itself) is only filled for a single entry, with its token
 * links masked ({@link TokenLinks}; also in rows written before texts were stored masked). A notice a delivery report
 * (bounce) came back for carries its status code, diagnostic code and time ({@code bounce*}, null otherwise).
 */
public record DeliveryLogEntry(UUID id, String caseId, NoticeKind kind, UUID triggerEventId, String recipient,
        String language, String subject, DeliveryStatus status, int attempts, Instant createdAt, Instant sentAt,
        String messageId, String inReplyTo, String bodySha256, String lastError, String text, String bounceStatus,
        String bounceDiagnostic, Instant bouncedAt) {

    static DeliveryLogEntry of(NoticeDelivery delivery, SealedNotices.Content content, String bounceDiagnostic,
            boolean withText) {
        return new DeliveryLogEntry(delivery.id, delivery.caseId, delivery.kind, delivery.triggerEventId,
                content.recipient(), delivery.language, delivery.subject, delivery.status, delivery.attempts,
                delivery.createdAt, delivery.sentAt, delivery.messageId, delivery.inReplyTo, delivery.bodySha256,
                delivery.lastError, withText ? TokenLinks.masked(content.text()) : null, delivery.bounceStatus,
                bounceDiagnostic, delivery.bouncedAt);
    }
}

package de.thwien.dsr.notifier.delivery;

import de.thwien.dsr.events.NoticeEvents.NoticeKind;
import java.time.Instant;
import java.util.UUID;

/**
 * A notice prepared for printing ({@link DeliveryStatus#PRINT}) as the letter needs it: subject (it names the case
 * reference), the requester's name if known, and the text with its links as they are: she is meant to use them.
 */
public record PrintableNotice(UUID id, String caseId, NoticeKind kind, String language, Instant createdAt,
        String subject, String recipientName, String text) {

    static PrintableNotice of(NoticeDelivery delivery, SealedNotices.Content content) {
        return new PrintableNotice(delivery.id, delivery.caseId, delivery.kind, delivery.language, delivery.createdAt,
                delivery.subject, content.recipientName(), content.text());
    }
}

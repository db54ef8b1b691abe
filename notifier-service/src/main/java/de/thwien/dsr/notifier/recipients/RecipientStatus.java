package de.thwien.dsr.notifier.recipients;

import de.thwien.dsr.notifier.facts.NotificationChannel;
import java.time.LocalDate;
import java.util.UUID;

/** One recipient task of a case as the dashboard and the requester's confirmation see it. */
public record RecipientStatus(UUID id, String caseId, String recipient, NotificationChannel channel,
        RecipientState state, LocalDate informedOn, String informedVia, UUID deliveryId) {
}

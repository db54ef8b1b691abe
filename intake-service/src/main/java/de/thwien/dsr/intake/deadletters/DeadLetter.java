package de.thwien.dsr.intake.deadletters;

import java.time.Instant;
import java.util.UUID;

/**
 * A recorded dead letter as the dashboard and the API show it: where it failed and why, never its value.
 * {@code key} is the record key as text; {@code caseId} is set when the key is a case id. {@code consumerGroup} is
 * the service whose inbox failed (null for a dead letter written without it); a replay goes to that service only.
 */
public record DeadLetter(long id, String dlqTopic, int dlqPartition, long dlqOffset, String originalTopic,
        Integer originalPartition, Long originalOffset, String consumerGroup, String key, UUID caseId, String eventId,
        String eventType,
        String reason, String cause, String exceptionClass, Instant deadLetteredAt, Instant recordedAt,
        DeadLetterStatus status, String resolvedBy, Instant resolvedAt, String note) {

    /** The message key of the status on the dashboard. */
    public String statusText() {
        return "deadLetterStatus." + status.name();
    }
}

package de.thwien.dsr.notifier.assistant;

import io.quarkus.qute.TemplateData;

/**
 * A case the assistant must look at: {@code reason} is NEW_REPLY, DELIVERY_FAILED, UNVERIFIED, NAME_MATCH_REVIEW or
 * STORES_NOT_SEARCHED (the templates say it in words), {@code since} when it arose, as the assistant reads a time.
 */
@TemplateData
public record AttentionLine(String caseReference, String caseId, String requestType, String reason, String since) {
}

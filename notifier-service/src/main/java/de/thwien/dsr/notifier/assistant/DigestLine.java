package de.thwien.dsr.notifier.assistant;

import io.quarkus.qute.TemplateData;

/** {@code days} counts days left for due-soon cases and days overdue for overdue ones. */
@TemplateData
public record DigestLine(String caseReference, String caseId, String requestType, String status, String dueOn,
        long days) {
}

package de.thwien.dsr.notifier.assistant;

import io.quarkus.qute.TemplateData;

@TemplateData
public record AlertNotice(String caseReference, String caseId, String kind, int attempts, String error,
        String failedAt) {
}

package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;

@TemplateData
public record ContinuingItem(String purpose, String legalBasis) {
}

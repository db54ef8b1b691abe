package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;

@TemplateData
public record KeptItem(String store, String reference, String category, String legalBasis, String reason,
        String holdUntil) {
}

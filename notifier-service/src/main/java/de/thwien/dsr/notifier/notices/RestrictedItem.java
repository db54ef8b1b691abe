package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;

@TemplateData
public record RestrictedItem(String store, String reference, String category, String legalBasis, String holdUntil,
        String erasableFrom) {
}

package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;

@TemplateData
public record ErasedItem(String store, String reference, String category, String erasedOn) {
}

package de.thwien.dsr.notifier.notices;

import io.quarkus.qute.TemplateData;

/** How many records of the person one store holds; {@code store} in the requester's words. */
@TemplateData
public record StoreRecords(String store, int records) {
}

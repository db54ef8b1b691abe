package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.notifier.wording.RecordDescriptions;
import io.quarkus.qute.TemplateData;

/** {@code description}: the record in plain words ({@link RecordDescriptions}), never its technical reference. */
@TemplateData
public record ErasedItem(String description, String erasedOn) {
}

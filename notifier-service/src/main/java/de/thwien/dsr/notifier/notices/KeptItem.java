package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.notifier.wording.RecordDescriptions;
import io.quarkus.qute.TemplateData;

/** {@code description}: the record in plain words ({@link RecordDescriptions}), never its technical reference. */
@TemplateData
public record KeptItem(String description, String legalBasis, String reason, String holdUntil) {
}

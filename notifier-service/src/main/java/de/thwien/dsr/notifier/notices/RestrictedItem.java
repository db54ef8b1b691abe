package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.notifier.wording.RecordDescriptions;
import io.quarkus.qute.TemplateData;

/**
 * {@code description}: the record in plain words ({@link RecordDescriptions}), never its technical reference;
 * {@code extension}: why the hold runs beyond its regular end (a sentence), null when it does not.
 */
@TemplateData
public record RestrictedItem(String description, String legalBasis, String holdUntil, String erasableFrom,
        String extension) {
}

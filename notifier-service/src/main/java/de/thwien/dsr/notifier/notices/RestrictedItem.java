package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.notifier.wording.RecordDescriptions;
import io.quarkus.qute.TemplateData;
import java.util.List;

/**
 * {@code description}: the record in plain words ({@link RecordDescriptions}), never its technical reference;
 * {@code extension}: why the hold runs beyond its regular end (a sentence), null when it does not;
 * {@code parts}: for a record whose parts are held for different times, what happens to each part, one line each
 * ({@link de.thwien.dsr.notifier.wording.RecordParts}), shown instead of the record's one date; empty otherwise.
 */
@TemplateData
public record RestrictedItem(String description, String legalBasis, String holdUntil, String erasableFrom,
        String extension, List<String> parts) {
}

package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.notifier.wording.RecordDescriptions;
import io.quarkus.qute.TemplateData;

/**
 * {@code description}: the record in plain words ({@link RecordDescriptions}), never its technical reference.
 * {@code storagePeriodEnded}: on a consent withdrawal, a record processed on another basis, erased because its storage
 * period had ended (Art. 17(1)(a), 5(1)(e) GDPR), not because of the withdrawal.
 */
@TemplateData
public record ErasedItem(String description, String erasedOn, boolean storagePeriodEnded) {

    /** A record erased because of the request itself. */
    public ErasedItem(String description, String erasedOn) {
        this(description, erasedOn, false);
    }
}

package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.notifier.wording.ItemReasons;
import de.thwien.dsr.notifier.wording.RecordDescriptions;
import io.quarkus.qute.TemplateData;

/**
 * {@code description}: the record in plain words ({@link RecordDescriptions}), never its technical reference.
 * {@code noPurposeLeft}: on a consent withdrawal, for a record processed on another basis and erased because no purpose
 * was left for it (Art. 17(1)(a), 5(1)(e) GDPR), not because of the withdrawal, why in the notice's language
 * ({@link ItemReasons#noPurposeLeft}); empty for a record erased because of the request.
 */
@TemplateData
public record ErasedItem(String description, String erasedOn, String noPurposeLeft) {

    public ErasedItem {
        noPurposeLeft = noPurposeLeft == null ? "" : noPurposeLeft;
    }

    /** A record erased because of the request itself. */
    public ErasedItem(String description, String erasedOn) {
        this(description, erasedOn, "");
    }

    /** Whether it was erased because no purpose was left for it, not because of the request. */
    public boolean storagePeriodEnded() {
        return !noPurposeLeft.isEmpty();
    }
}

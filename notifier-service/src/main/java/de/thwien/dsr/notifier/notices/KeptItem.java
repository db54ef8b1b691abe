package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.notifier.wording.RecordDescriptions;
import io.quarkus.qute.TemplateData;

/**
 * {@code description}: the record in plain words ({@link RecordDescriptions}), never its technical reference.
 * On a consent withdrawal, a record processed on another basis also names the {@code purpose} it is kept for and
 * {@code erasableFrom}, the day its storage period has ended and it is erased (empty while its purpose alone decides,
 * e.g. the customer relationship); both empty otherwise.
 */
@TemplateData
public record KeptItem(String description, String legalBasis, String reason, String holdUntil, String purpose,
        String erasableFrom) {

    /** A record kept for a reason of its own (declined, awaiting review ...). */
    public KeptItem(String description, String legalBasis, String reason, String holdUntil) {
        this(description, legalBasis, reason, holdUntil, "", "");
    }
}

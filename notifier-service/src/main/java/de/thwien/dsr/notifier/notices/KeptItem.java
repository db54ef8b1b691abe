package de.thwien.dsr.notifier.notices;

import de.thwien.dsr.notifier.wording.RecordDescriptions;
import io.quarkus.qute.TemplateData;

/**
 * {@code description}: the record in plain words ({@link RecordDescriptions}), never its technical reference.
 * On a consent withdrawal, a record processed on another basis ({@code otherBasis}: kept as the withdrawal asks, not
 * a part refused) also names the {@code purpose} it is kept for and {@code erasableFrom}, the day its storage period
 * has ended and it is erased (empty while its purpose alone decides, e.g. the customer relationship); both empty
 * otherwise. {@code whileRecordsHeld}: customer master data that also stays while records about her that a law
 * keeps (her invoices) are held: {@code holdUntil} is the last of their holds and {@code erasableFrom} the day after.
 */
@TemplateData
public record KeptItem(String description, String legalBasis, String reason, String holdUntil, String purpose,
        String erasableFrom, boolean otherBasis, boolean whileRecordsHeld) {

    /** A record kept for a reason of its own (declined, awaiting review ...): a part not carried out as asked. */
    public KeptItem(String description, String legalBasis, String reason, String holdUntil) {
        this(description, legalBasis, reason, holdUntil, "", "", false, false);
    }

    /** On a consent withdrawal: a record processed on another basis, which continues. */
    static KeptItem onOtherBasis(String description, String legalBasis, String reason, String holdUntil,
            String purpose, String erasableFrom) {
        return new KeptItem(description, legalBasis, reason, holdUntil, purpose, erasableFrom, true, false);
    }

    /**
     * On a consent withdrawal: her master data, kept for its purpose and at least while records about her are held
     * until {@code recordsHeldUntil} (erasable from {@code erasableFrom}).
     */
    static KeptItem masterDataWhileRecordsHeld(String description, String legalBasis, String reason, String purpose,
            String recordsHeldUntil, String erasableFrom) {
        return new KeptItem(description, legalBasis, reason, recordsHeldUntil, purpose, erasableFrom, true, true);
    }
}

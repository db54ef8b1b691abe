package de.thwien.dsr.connectors.spi;

import de.thwien.dsr.events.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Write side of a store: used by erasure-service only, with write credentials. References are the
 * ones {@link StoreReader#find} put into findings. Every operation is idempotent: erasing an erased
 * record or restricting a restricted one succeeds without change. A restriction can move a record
 * (an IMAP message into the restricted folder): {@code restrict} and {@code lift} return the
 * record's reference afterwards. A store that answers but refuses a write for good throws
 * {@link StoreRefusedException}; one that cannot be asked, {@link StoreUnavailableException}.
 */
public interface StoreWriter {

    String store();

    /**
     * Removes the record (or its personal fields, as the store's rules say) for good. Returns what is left for the
     * operator to do on the store's server (a recording's raw media, a stored file): usually nothing.
     */
    ErasureResult erase(String reference)
            throws StoreUnavailableException, ErasureBlockedException, StoreRefusedException;

    /**
     * As {@link #erase(String)}, but never takes one of the records {@code spared} with it: references of the same
     * store that are restricted or kept on their own (a recording under a hold in the room of an account erased). A
     * store where erasing the record would remove one of them refuses instead; a store whose records take no others
     * with them erases as usual.
     */
    default ErasureResult erase(String reference, Set<String> spared)
            throws StoreUnavailableException, ErasureBlockedException, StoreRefusedException {
        return erase(reference);
    }

    /**
     * What {@link #erase(String, Set)} would leave to the operator, read without changing anything: asked before the
     * erasure, so the tasks are known even when the erasure's answer is lost after the store committed it (a stored
     * file whose row is gone is then named nowhere). Usually nothing.
     */
    default List<OperatorTask> leftByErasure(String reference, Set<String> spared) throws StoreUnavailableException {
        return List.of();
    }

    /**
     * Art. 18 restriction: the record stays stored but is taken out of normal use until
     * {@code holdUntil} (the last day of its retention hold), after which it may be erased; null for a restriction
     * the requester asked for (Art. 18(1)), which has no end date and lasts until it is lifted.
     */
    String restrict(String reference, LocalDate holdUntil) throws StoreUnavailableException, StoreRefusedException;

    /**
     * Whether the record carries its restriction now: the restore check asks after a backup may have brought back
     * the record as it was before it was restricted. A store that keeps no mark of a restriction answers true.
     */
    default boolean isRestricted(String reference) throws StoreUnavailableException {
        return true;
    }

    /** Ends a restriction: the record is back in normal use. */
    String lift(String reference) throws StoreUnavailableException, StoreRefusedException;

    /**
     * Erases one part of a restricted record whose hold ended before the rest's (LEGAL.md §3: a mail's body, while
     * the invoice attached to it is still held); the rest stays restricted. Returns the record's reference afterwards.
     * Idempotent like the other operations: asked again, with the reference before or after, it finds the result.
     * A store whose records have no such parts refuses.
     */
    default String erasePart(String reference, Finding.PartKind part)
            throws StoreUnavailableException, StoreRefusedException {
        throw new UnsupportedOperationException(store() + " records have no parts to erase apart");
    }

    /**
     * Removes only a person's mention from someone else's record (a third party's mail that names her), the rest of
     * the record stays: the record is replaced by a copy in which each mention is the {@link Mention#placeholder()}.
     * Returns the reference of the copy; asked again, with the reference before or after, it finds the copy. A store
     * whose records cannot be redacted (a recording) refuses: there the assistant approves or declines the record as
     * a whole.
     */
    default String redact(String reference, Mention mention) throws StoreUnavailableException, StoreRefusedException {
        throw new StoreRefusedException(store(), "its records cannot be redacted, only erased or kept as a whole",
                null);
    }

    /**
     * Art. 16: the fields of the record the store lets the assistant correct (name, email, street …), each with its
     * current value (null when unset), in the order the store declares them. Empty when the store's records cannot be
     * rectified (a mail as it was received, a recording) or the record is gone: there a supplementary statement is
     * kept instead.
     */
    default Map<String, String> rectifiableFields(String reference) throws StoreUnavailableException {
        return Map.of();
    }

    /**
     * Art. 16: writes the corrected values of fields {@link #rectifiableFields} names. Idempotent: writing the same
     * values again changes nothing. Reading {@link #rectifiableFields} afterwards proves the new values. A store whose
     * records cannot be rectified, a field it does not declare, or a record that is gone: refused.
     */
    default void rectify(String reference, Map<String, String> corrected)
            throws StoreUnavailableException, StoreRefusedException {
        throw new StoreRefusedException(store(), "its records cannot be rectified, only supplemented by a statement",
                null);
    }
}

package de.thwien.dsr.erasure.stores;

import de.thwien.dsr.connectors.spi.ErasureResult;
import de.thwien.dsr.connectors.spi.Mention;
import de.thwien.dsr.connectors.stores.StoreCapability;
import de.thwien.dsr.connectors.spi.OperatorTask;
import de.thwien.dsr.events.Finding;
import de.thwien.dsr.events.StoreName;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The write side of the stores as erasure-service needs it, addressed by a finding's store name
 * and reference. Every operation is idempotent and may block (IMAP, SQL, HTTP): callers run it
 * off the event loop. Implemented over the connectors' {@code StoreWriter}s with write credentials.
 */
public interface RecordStores {

    /**
     * What a requester reads for each of these stores, as its type declares it; a store without configuration is
     * left out (a notice then words it as another system).
     */
    default List<StoreName> namesOf(Collection<String> stores) {
        return List.of();
    }

    /** Whether the store's type declares it can do this; a store not configured can do nothing. */
    boolean can(String store, StoreCapability capability);

    /**
     * Erases the record, but never one of the records {@code spared} with it (references of the same store restricted
     * or kept on their own: a store that would take one with it refuses); returns what the operator still has to do
     * on the store's server (usually nothing).
     */
    ErasureResult erase(String store, String reference, Set<String> spared) throws StoreFailure;

    /**
     * What {@link #erase} would leave to the operator, read before it without changing anything (see
     * {@code StoreWriter#leftByErasure}).
     */
    default List<OperatorTask> leftByErasure(String store, String reference, Set<String> spared) throws StoreFailure {
        return List.of();
    }

    /**
     * Art. 18 restriction until {@code holdUntil}, the last day of the hold. Returns the record's
     * reference afterwards: a restricted mail moves into another folder and gets a new one.
     */
    String restrict(String store, String reference, LocalDate holdUntil) throws StoreFailure;

    /** Ends a restriction; returns the record's reference afterwards (a lifted mail moves back to its folder). */
    String lift(String store, String reference) throws StoreFailure;

    /** Asks the store again whether the record still exists: the proof that an erasure happened. */
    boolean stillPresent(String store, String reference) throws StoreFailure;

    /**
     * Erases one part of a restricted record (a mail's body) while the rest stays restricted; returns the record's
     * reference afterwards (the stripped mail is a new message).
     */
    String erasePart(String store, String reference, Finding.PartKind part) throws StoreFailure;

    /** Asks the store again whether the part is still in the record: the proof that the part's erasure happened. */
    boolean partStillPresent(String store, String reference, Finding.PartKind part) throws StoreFailure;

    /**
     * Removes only the person's mention from a third party's record (her name and address replaced); returns the
     * reference of the record afterwards (a mail is replaced by a redacted copy). A store that cannot redact refuses.
     */
    String redact(String store, String reference, Mention mention) throws StoreFailure;

    /** Asks the store again whether the record names her: the proof that a redaction took her out. */
    boolean stillMentions(String store, String reference, Mention mention) throws StoreFailure;

    /**
     * The record's identity as a restored backup brings it back (see {@code StoreReader#restorableIdentity}); null
     * when it has none.
     */
    default String restorableIdentity(String store, String reference) throws StoreFailure {
        return reference;
    }

    /** Hands the restorable identity and current reference of every record of the store to {@code sink}. */
    void restorableIdentities(String store, java.util.function.BiConsumer<String, String> sink) throws StoreFailure;

    /** Whether the record carries its restriction now (a restored copy may have lost it). */
    default boolean isRestricted(String store, String reference) throws StoreFailure {
        return true;
    }

    /**
     * Art. 16: the record's fields the store lets the assistant correct, with their current values; empty when the
     * store cannot change it (a mail, a recording) or it is gone.
     */
    default java.util.Map<String, String> rectifiableFields(String store, String reference) throws StoreFailure {
        return java.util.Map.of();
    }

    /** Art. 16: writes corrected values of fields {@link #rectifiableFields} names; a store that cannot, refuses. */
    default void rectify(String store, String reference, java.util.Map<String, String> corrected) throws StoreFailure {
        throw StoreFailure.refusal(store + " refused: its records cannot be rectified", null);
    }
}

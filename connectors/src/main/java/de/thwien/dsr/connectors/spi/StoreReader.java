package de.thwien.dsr.connectors.spi;

import de.thwien.dsr.events.Finding;

import java.util.Collection;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Read side of a store: what subject-index uses, with read-only credentials. Matching a person is
 * the index's job (it normalises identifiers the same way for every store); a store only lists
 * the identifiers its records carry ({@link #crawl}), confirms index hits live ({@link #find}) and
 * copies a record out for an access package ({@link #export}).
 *
 * <p>Every method throws {@link StoreUnavailableException} when the store cannot be asked: callers
 * must never read that as "no data".
 */
public interface StoreReader {

    /** Store name as it appears in findings, e.g. {@code mail}, {@code crm}, {@code conference}. */
    String store();

    /**
     * Hands every record changed since {@code cursor} to {@code sink}, one at a time so that memory
     * stays bounded, and returns the cursor for the next incremental crawl.
     *
     * @param cursor what the previous crawl returned; {@link CrawlCursor#START} for a full crawl
     */
    CrawlResult crawl(CrawlCursor cursor, Consumer<IndexedRecord> sink) throws StoreUnavailableException;

    /**
     * Where a crawled record lies, for the assistant to watch a crawl go by: a mailbox folder, a table. Shown on the
     * dashboard only, never logged (a folder's name may be a person's).
     *
     * @param reference a reference this reader handed to a crawl's sink
     * @return null when the store has no places worth naming
     */
    default String placeOf(String reference) {
        return null;
    }

    /**
     * The reference under which the index keeps a record that a writer reported (an erasure moved or restricted it, a
     * rectification changed it): the one this reader's crawl hands out for the same record, so that the crawl updates
     * that entry instead of adding a second one for the same record. A writer's reference may say more than a crawl
     * can see (a restricted message names the folder it came from); the index keeps what identifies the record.
     *
     * @param reference a reference this store's reader or writer handed out
     */
    default String indexedReference(String reference) {
        return reference;
    }

    /**
     * Confirms index hits against the live store: a record that is gone yields no finding. A hit may
     * also bring the records that depend on it (a CRM partner's invoices), with the hit's strength.
     */
    List<Finding> find(Collection<RecordHit> hits) throws StoreUnavailableException;

    /** A full copy of one record for the access package; empty fields are left out. */
    ExportedRecord export(String reference) throws StoreUnavailableException;

    /**
     * The record's identity as a restore from a backup brings it back (the erasure ledger keeps it as a keyed hash
     * only): a row's table and key, a recording's id, a message's folder and Message-ID (its UID changes with the
     * folder's UIDVALIDITY). Read before the record is erased; null when the record has none (a message without a
     * Message-ID) or is gone.
     */
    default String restorableIdentity(String reference) throws StoreUnavailableException {
        return reference;
    }

    /**
     * Hands the restorable identity and current reference of every record the store holds now to {@code sink}: the
     * restore check looks for erased records among them. For stores whose references survive a restore this is a
     * full crawl (a store that overrides {@link #restorableIdentity} overrides this too).
     */
    default void restorableIdentities(BiConsumer<String, String> sink) throws StoreUnavailableException {
        crawl(CrawlCursor.START, record -> sink.accept(record.reference(), record.reference()));
    }
}

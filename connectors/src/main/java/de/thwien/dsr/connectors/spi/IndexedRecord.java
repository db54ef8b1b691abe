package de.thwien.dsr.connectors.spi;

import de.thwien.dsr.connectors.identity.Identifier;

import java.time.Instant;
import java.util.Set;

/**
 * One record as a crawl sees it: its reference and the normalised identifiers it carries.
 *
 * @param reference     stable reference within the store, as {@link StoreReader#find} takes it
 * @param identifiers   normalised identifiers; the index keeps nothing else about the record
 * @param inboundFrom   normalised e-mail key of the sender when the record is a message received from
 *                      outside (first-contact detection), otherwise {@code null}
 * @param seenAt        when the record was created, sent or received
 */
public record IndexedRecord(String reference, Set<Identifier> identifiers, String inboundFrom, Instant seenAt) {

    public IndexedRecord {
        identifiers = Set.copyOf(identifiers);
    }
}

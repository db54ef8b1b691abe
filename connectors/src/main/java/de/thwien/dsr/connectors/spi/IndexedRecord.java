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
 * @param inboundLanguage  with {@code inboundFrom}: the language the sender wrote in ("de", "en"), for the
 *                         first-contact notice; otherwise {@code null}
 * @param inboundAutomatic with {@code inboundFrom}: a machine sent it (mailing list, bulk, auto-reply, bounce):
 *                         no first contact of a person
 */
public record IndexedRecord(String reference, Set<Identifier> identifiers, String inboundFrom, Instant seenAt,
        String inboundLanguage, boolean inboundAutomatic) {

    public IndexedRecord {
        identifiers = Set.copyOf(identifiers);
    }

    /** A record that is no message received from outside, or whose language and sender kind are not known. */
    public IndexedRecord(String reference, Set<Identifier> identifiers, String inboundFrom, Instant seenAt) {
        this(reference, identifiers, inboundFrom, seenAt, null, false);
    }
}

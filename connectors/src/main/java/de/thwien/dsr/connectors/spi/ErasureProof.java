package de.thwien.dsr.connectors.spi;

import java.util.Map;

/**
 * How a store tells, from a record read again after its erasure ({@link StoreReader#export}), whether the record
 * still holds personal data: erasure-service's proof asks the store, it knows no store's rules itself.
 */
@FunctionalInterface
public interface ErasureProof {

    /** A record is gone when it cannot be read any more: no fields. */
    ErasureProof GONE_WHEN_UNREADABLE = (reference, fields) -> !fields.isEmpty();

    /**
     * @param fields the record's fields as read now; empty when the record is gone
     * @return whether the record still holds the personal data its erasure was to remove
     */
    boolean stillPersonal(String reference, Map<String, Object> fields);
}

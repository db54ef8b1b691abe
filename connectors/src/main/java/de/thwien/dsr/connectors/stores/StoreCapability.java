package de.thwien.dsr.connectors.stores;

/** What a type of store can do with a person's records; each {@link StoreType} declares its own. */
public enum StoreCapability {
    /** Crawled for identifiers, hits confirmed live, records exported for an access package. */
    READ,
    /** Records erased for good (Art. 17). */
    ERASE,
    /** Records taken out of normal use while a hold lasts (Art. 18). */
    RESTRICT,
    /** A restriction ended: the record back in normal use. */
    LIFT,
    /** Fields of a record corrected (Art. 16): only where the store's mapping names writable fields. */
    RECTIFY,
    /** Only a person's mention removed from someone else's record. */
    REDACT,
    /** Records deleted on the operator's routine retention schedule, without a case (e.g. old recordings). */
    ROUTINE_RETENTION
}

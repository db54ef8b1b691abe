package de.thwien.dsr.erasure.retention.rules;

/** Whether a deletion rule keeps data against an erasure request or only limits how long it is stored. */
public enum RuleKind {
    /**
     * A statutory or accountability duty to keep the data (Art. 17(3)(b)/(e) GDPR): an erasure
     * request restricts it (Art. 18) until the hold ends.
     */
    HOLD,
    /**
     * The longest the operator stores the data (privacy policy). It never holds data against an
     * erasure request; it only drives routine erasure.
     */
    MAXIMUM_STORAGE
}

package de.thwien.dsr.erasure.plans.lifecycle;

/** How far a plan item got; only ERASED, RESTRICTED and REDACTED say something was done, and only after proof. */
public enum Execution {
    /** Waits for the assistant. */
    AWAITING_APPROVAL,
    /** Approved, runs (again) from {@code nextAttemptAt}. */
    PENDING,
    ERASED,
    RESTRICTED,
    /** Only the requester's mention was removed from a third party's record (with proof); the record stays. */
    REDACTED,
    /** Nothing is done to it (kept with a reason, or declined). */
    KEPT,
    /** A restriction she asked for was lifted in the store (with proof), after she was told (Art. 18(3) GDPR). */
    LIFTED;

    public boolean settled() {
        return this == ERASED || this == RESTRICTED || this == REDACTED || this == KEPT || this == LIFTED;
    }
}

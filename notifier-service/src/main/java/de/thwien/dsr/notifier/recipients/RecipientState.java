package de.thwien.dsr.notifier.recipients;

/** Where telling one recipient stands. */
public enum RecipientState {
    /** A manual notification the assistant has not confirmed yet. */
    OPEN,
    /** The instruction mail is recorded and not sent yet (or being retried). */
    PENDING,
    /** Told: the instruction mail was sent, or the assistant confirmed telling it. */
    INFORMED,
    /** The instruction mail failed for good (retries exhausted, or bounced): the assistant must act. */
    FAILED,
    /** It only hosts our own servers: the erasure on them covers it. */
    COVERED
}

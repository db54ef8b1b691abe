package de.thwien.dsr.notifier.delivery;

/** The life of one notice. */
public enum DeliveryStatus {
    /** Recorded, waiting for its (next) attempt. */
    PENDING,
    /** Handed to SMTP; if the service dies now, the outcome is unknown (see {@link NoticeDispatcher}). */
    SENDING,
    SENT,
    /** Gave up after the configured attempts; the assistant is told. */
    FAILED,
    /**
     * For a requester without an address (a request registered from a letter or a call): kept for the assistant to
     * print and post. Never sent over SMTP, never retried, never failed.
     */
    PRINT
}

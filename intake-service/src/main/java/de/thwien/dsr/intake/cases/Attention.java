package de.thwien.dsr.intake.cases;

/**
 * Why a case needs the assistant's eyes beyond its deadline. Shown as a badge on the case list and the case page,
 * and listed in the daily digest, until she has dealt with it ({@link CaseAttention}).
 */
public enum Attention {
    /** The requester (or her mail server's auto-responder) wrote again: the mail is on the case page. */
    NEW_REPLY,
    /** A notice could not be delivered (bounce or permanent SMTP failure): the requester does not have it. */
    DELIVERY_FAILED,
    /** The verification link expired unconfirmed: the request cannot go on until her identity is confirmed. */
    UNVERIFIED,
    /**
     * The access answer waits: subject-index found records naming the requester by name only, and the assistant
     * decides for each whether it is hers ("Namenstreffer prüfen" on the case page). Gone when the answer is built.
     */
    NAME_MATCH_REVIEW,
    /**
     * subject-index gave up searching some stores for the case (their names are the attention's detail): the answer
     * lacks them until the assistant has dealt with it and marks it handled, or the case closes.
     */
    STORES_NOT_SEARCHED,
    /**
     * An erasure left work that software cannot do on a store's server (a BBB recording's raw media, a Greenlight
     * file): the case page lists each task with its exact command or path until the assistant confirms it done.
     */
    OPERATOR_TASKS_OPEN,
    /**
     * A restriction request (Art. 18 GDPR) that names no ground: its answer waits until the assistant chooses the
     * ground (Art. 18(1)(a)-(d)) on the case page.
     */
    RESTRICTION_GROUND_MISSING
}

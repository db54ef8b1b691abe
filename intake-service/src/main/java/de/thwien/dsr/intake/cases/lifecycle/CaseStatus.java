package de.thwien.dsr.intake.cases.lifecycle;

/** Where a case stands; {@link CaseStateMachine} says how it moves on. */
public enum CaseStatus {
    RECEIVED,
    AWAITING_VERIFICATION,
    VERIFIED,
    IN_PROGRESS,
    AWAITING_APPROVAL,
    RESPONDED,
    CLOSED,
    REJECTED,
    VERIFICATION_EXPIRED;

    /** A case still runs against its deadline until it is answered, rejected or closed. */
    public boolean isOpen() {
        return this != RESPONDED && this != CLOSED && this != REJECTED;
    }
}

package de.thwien.dsr.intake.cases;

/** Where a case stands; the workflow issues add the transitions between them. */
public enum CaseStatus {
    RECEIVED,
    VERIFIED,
    IN_PROGRESS,
    ANSWERED,
    REJECTED,
    CLOSED
}

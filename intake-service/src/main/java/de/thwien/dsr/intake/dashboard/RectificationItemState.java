package de.thwien.dsr.intake.dashboard;

/**
 * The one state a located record of a rectification (Art. 16) is in, from what erasure-service reports of it: its
 * decision, whether its correction was written, whether its store can change it and whether the plan is completed.
 * The case page words it under {@code rectificationItemState.<STATE>}; a record never shows a decision beside an
 * execution that says something else ("wird berichtigt – berichtigt") or "open" on a completed plan.
 */
enum RectificationItemState {
    /** The store can change it; the assistant has not decided yet. */
    UNDECIDED,
    /** The plan was completed before anybody decided: the answer names it as not changed. */
    NOT_DECIDED,
    /** The store cannot change it and no supplementary statement is written yet; one can still be. */
    UNCHANGEABLE_STATEMENT_MISSING,
    /** The store cannot change it; the plan was completed without a supplementary statement. */
    UNCHANGEABLE_WITHOUT_STATEMENT,
    /** The store cannot change it; a supplementary statement (Art. 16 sentence 2) is kept. */
    UNCHANGEABLE_WITH_STATEMENT,
    /** Corrected values noted, written when the rectification is carried out. */
    CORRECTION_NOTED,
    /** The correction was written and confirmed by reading it again. */
    CORRECTED,
    /** Writing the correction failed; carrying out the rectification again retries it. */
    NOT_WRITTEN,
    /** The record is correct as it is, for the reason given. */
    NO_CHANGE_NEEDED;

    /**
     * @param decision      erasure-service's decision: OPEN, CORRECT, NO_CHANGE or STATEMENT
     * @param execution     whether a correction is written: NONE, PENDING, DONE or FAILED
     * @param rectifiable   whether its store can change it
     * @param planCompleted whether the rectification is carried out and answered
     */
    static RectificationItemState of(String decision, String execution, boolean rectifiable, boolean planCompleted) {
        return switch (decision == null ? "OPEN" : decision) {
            case "CORRECT" -> switch (execution == null ? "" : execution) {
                case "DONE" -> CORRECTED;
                case "FAILED" -> NOT_WRITTEN;
                default -> CORRECTION_NOTED;
            };
            case "NO_CHANGE" -> NO_CHANGE_NEEDED;
            case "STATEMENT" -> UNCHANGEABLE_WITH_STATEMENT;
            default -> rectifiable ? (planCompleted ? NOT_DECIDED : UNDECIDED)
                    : (planCompleted ? UNCHANGEABLE_WITHOUT_STATEMENT : UNCHANGEABLE_STATEMENT_MISSING);
        };
    }
}

package de.thwien.dsr.erasure.plans.lifecycle;

/** What can happen to a plan item: the assistant's decisions, the planner's and the executor's results. */
public enum PlanItemIntent {
    /** The assistant approves an item held for review; it runs with the action the deletion concept gives. */
    APPROVE,
    /** The assistant approves an item whose evaluated action is to keep it: nothing is done to it. */
    APPROVE_KEEPING,
    /**
     * The assistant has only the requester's mention removed from a third party's record (a name-only match): the
     * record stays, her name and address in it are replaced.
     */
    APPROVE_REDACTION,
    /** The assistant declines an item: the record is kept, with her reason. */
    DECLINE,
    /** A store that could not be searched answered: its records became items of their own. */
    SUPERSEDE,
    /** The assistant names another retention category; the planner then plans the item again. */
    RECLASSIFY,
    /** The planner's new proposal waits for the assistant. */
    REPLAN_FOR_REVIEW,
    /** The planner's new proposal keeps the record. */
    REPLAN_KEEPING,
    /** The planner's new proposal runs now. */
    REPLAN_TO_RUN,
    /** An executor instance reserves the item for one attempt. */
    CLAIM,
    /** The store call failed; the item is tried again later. */
    FAIL_ATTEMPT,
    /** The store erased the record and the proof (re-read: gone) is recorded. */
    RECORD_ERASED,
    /** The store replaced the record by a copy without her mention, and the proof (re-read: not named) is recorded. */
    RECORD_REDACTED,
    /** The store restricted the record (Art. 18 GDPR). */
    RECORD_RESTRICTED,
    /** The item ran with nothing to do: the record is kept. */
    RECORD_KEPT,
    /** The hold's dates change (pinned by the assistant, or master data following the last hold). */
    CHANGE_HOLD,
    /** A restricted record is restricted again, so the store keeps the new hold date too. */
    RESTRICT_AGAIN,
    /** A part of the restricted record whose hold ended first was erased (with proof); the rest stays restricted. */
    RECORD_PART_ERASED,
    /** The store lifted a restriction she asked for, after the Art. 18(3) notice was sent; proof recorded. */
    RECORD_LIFTED,
    /** The store refused for good to erase the restricted record; the assistant has to look at it. */
    NEED_ATTENTION
}

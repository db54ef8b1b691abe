package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.platform.problem.Refusal;

/**
 * A lift asked for while her answer to the restriction request is not out yet (it waits for the ground, for records
 * found by name only, or for a store): the records may be restricted already, but she has to be told of the
 * restriction before it can be lifted; HTTP 409.
 */
public class RestrictionAnswerPending extends Refusal {

    RestrictionAnswerPending(int restricted) {
        super(Kind.CONFLICT, "her records are restricted (" + restricted + "), but her answer to the restriction"
                + " request is not sent yet (it waits for the ground, for records to review or for a store): the lift is possible once"
                + " it was sent");
    }
}

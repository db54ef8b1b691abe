package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.erasure.plans.lifecycle.Execution;
import de.thwien.dsr.erasure.plans.lifecycle.PlanItemIntent;
import de.thwien.dsr.platform.problem.Refusal;

/** An intent the plan item's state does not allow (e.g. approving an item already carried out); HTTP 409. */
public class PlanItemConflict extends Refusal {

    public PlanItemConflict(String message) {
        // the message names states and intents only, never the record or the person
        super(Kind.CONFLICT, message);
    }

    static PlanItemConflict notAllowed(Execution state, PlanItemIntent intent) {
        return new PlanItemConflict("a plan item that is " + state + " does not allow " + intent);
    }
}

package de.thwien.dsr.erasure.plans;

/** An intent the plan item's state does not allow (e.g. approving an item already carried out); HTTP 409. */
public class PlanItemConflict extends RuntimeException {

    public PlanItemConflict(String message) {
        super(message);
    }

    static PlanItemConflict notAllowed(PlanItem.Execution state, PlanItemIntent intent) {
        return new PlanItemConflict("a plan item that is " + state + " does not allow " + intent);
    }
}

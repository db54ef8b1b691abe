package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.platform.problem.Refusal;

/** A decision the deletion concept does not allow as asked (an unknown category, a pin too early); HTTP 400. */
public class InvalidDecision extends Refusal {

    InvalidDecision(String message) {
        // names the rule that was broken, never the record or the person
        super(Kind.INVALID, message);
    }
}

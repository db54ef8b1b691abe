package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.platform.problem.Refusal;

/** The case has no erasure plan, or its plan no such item; HTTP 404. */
public class PlanItemNotFound extends Refusal {

    PlanItemNotFound(String message) {
        // names what is missing, never the case's record or person
        super(Kind.NOT_FOUND, message);
    }
}

package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.platform.problem.Refusal;

/**
 * A statement why a restriction ends that the assistant may not make: a reason of another ground of Art. 18(1), or
 * "rectified", which only a completed rectification of her records gives; HTTP 400.
 */
public class RestrictionEndNotAllowed extends Refusal {

    RestrictionEndNotAllowed(String message) {
        super(Kind.INVALID, message);
    }
}

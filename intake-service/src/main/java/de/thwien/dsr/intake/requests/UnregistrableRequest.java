package de.thwien.dsr.intake.requests;

import de.thwien.dsr.platform.problem.Refusal;

/**
 * A request the assistant may not register: a channel that opens its cases by itself, or a receipt instant in the
 * future or older than the longest deadline; HTTP 400.
 */
public class UnregistrableRequest extends Refusal {

    UnregistrableRequest(String detail) {
        // the detail names states, channels and rules, never the requester
        super(Kind.INVALID, detail);
    }
}

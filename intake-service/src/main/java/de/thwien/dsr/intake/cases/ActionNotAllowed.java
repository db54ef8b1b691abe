package de.thwien.dsr.intake.cases;

import de.thwien.dsr.platform.problem.Refusal;

/** What the case (or its mail, suggestion, triage item) is in does not allow the action asked for; HTTP 409. */
public class ActionNotAllowed extends Refusal {

    public ActionNotAllowed(String detail) {
        // the detail names states, channels and rules, never the requester
        super(Kind.CONFLICT, detail);
    }
}

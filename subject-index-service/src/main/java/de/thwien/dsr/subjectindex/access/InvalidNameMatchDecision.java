package de.thwien.dsr.subjectindex.access;

import de.thwien.dsr.platform.problem.Refusal;

/** A decision that breaks a rule (unknown decision, a rejection without its reason code); HTTP 400. */
public class InvalidNameMatchDecision extends Refusal {

    public InvalidNameMatchDecision(String message) {
        super(Kind.INVALID, message);
    }
}

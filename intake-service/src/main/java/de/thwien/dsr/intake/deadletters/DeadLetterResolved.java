package de.thwien.dsr.intake.deadletters;

import de.thwien.dsr.platform.problem.Refusal;

/** The dead letter was replayed or marked handled already; HTTP 409. */
public class DeadLetterResolved extends Refusal {

    DeadLetterResolved(long id, DeadLetterStatus status, String resolvedBy) {
        super(Kind.CONFLICT, "Dead letter " + id + " is " + status + " already (by " + resolvedBy + ").");
    }
}

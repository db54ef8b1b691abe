package de.thwien.dsr.intake.deadletters;

import de.thwien.dsr.platform.problem.Refusal;

/** Marking a dead letter handled needs a note saying what was done, short and without NUL; HTTP 400. */
public class HandledNoteMissing extends Refusal {

    HandledNoteMissing() {
        super(Kind.INVALID, "A note of at most " + ReceivedDeadLetter.MAX_TEXT + " characters (no NUL) is required.");
    }
}

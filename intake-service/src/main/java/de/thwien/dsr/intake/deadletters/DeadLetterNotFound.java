package de.thwien.dsr.intake.deadletters;

import de.thwien.dsr.platform.problem.Refusal;

/** There is no dead letter with this id; HTTP 404. */
public class DeadLetterNotFound extends Refusal {

    DeadLetterNotFound() {
        super(Kind.NOT_FOUND, "no such dead letter");
    }
}

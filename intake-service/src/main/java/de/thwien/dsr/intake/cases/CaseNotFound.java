package de.thwien.dsr.intake.cases;

import de.thwien.dsr.platform.problem.Refusal;

/** There is no case with this id; HTTP 404. */
public class CaseNotFound extends Refusal {

    public CaseNotFound() {
        super(Kind.NOT_FOUND, "no such case");
    }
}

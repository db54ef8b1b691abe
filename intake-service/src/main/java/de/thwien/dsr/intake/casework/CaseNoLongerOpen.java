package de.thwien.dsr.intake.casework;

import de.thwien.dsr.intake.cases.lifecycle.CaseStatus;
import de.thwien.dsr.platform.problem.Refusal;

/** The case was answered, refused or closed: what it was asked for can no longer change; HTTP 409. */
public class CaseNoLongerOpen extends Refusal {

    public CaseNoLongerOpen(CaseStatus status) {
        super(Kind.CONFLICT, "Case no longer open",
                "The case is " + status + "; the kind of request is set only while the case is open.");
    }
}

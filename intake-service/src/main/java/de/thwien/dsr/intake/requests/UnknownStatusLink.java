package de.thwien.dsr.intake.requests;

import de.thwien.dsr.platform.problem.Refusal;

/** No case has this status link; HTTP 404, the same for a malformed as for an unknown token. */
public class UnknownStatusLink extends Refusal {

    UnknownStatusLink() {
        super(Kind.NOT_FOUND, "unknown status link");
    }
}

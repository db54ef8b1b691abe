package de.thwien.dsr.intake.verification;

import de.thwien.dsr.platform.problem.Refusal;

/** No verification link has this token (also for a malformed one); HTTP 404. */
public class UnknownVerificationLink extends Refusal {

    UnknownVerificationLink() {
        super(Kind.NOT_FOUND, "unknown verification link");
    }
}

package de.thwien.dsr.intake.verification;

import de.thwien.dsr.platform.problem.Refusal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A refusal because the identity was not confirmed (Art. 12(2), (6) GDPR), asked for while the requester can still
 * confirm it: her link is valid, or its grace after expiry has not passed ({@link UnverifiedGrace}, the rule by which
 * the automatic notice goes out); HTTP 409.
 */
public class IdentityStillConfirmable extends Refusal {

    IdentityStillConfirmable(Instant linkValidUntil, LocalDate refusableFrom) {
        super(Kind.CONFLICT, "Identity can still be confirmed",
                "The requester's verification link is valid until " + linkValidUntil + " and she may confirm her"
                        + " identity until the grace after it has passed: a refusal because the identity was not"
                        + " confirmed is possible from " + refusableFrom + " (the day the automatic notice would go"
                        + " out). Verify manually if you know her, or refuse for another reason.");
    }
}

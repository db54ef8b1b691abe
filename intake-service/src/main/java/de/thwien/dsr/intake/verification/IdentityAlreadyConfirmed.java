package de.thwien.dsr.intake.verification;

import de.thwien.dsr.platform.problem.Refusal;

/** A refusal because the identity was not confirmed, asked for on a case whose identity was confirmed; HTTP 409. */
public class IdentityAlreadyConfirmed extends Refusal {

    IdentityAlreadyConfirmed() {
        super(Kind.CONFLICT, "Identity confirmed",
                "The requester's identity was confirmed: the request cannot be refused as unconfirmed.");
    }
}

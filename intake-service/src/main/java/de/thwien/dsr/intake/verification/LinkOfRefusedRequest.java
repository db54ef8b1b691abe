package de.thwien.dsr.intake.verification;

import de.thwien.dsr.platform.problem.Refusal;

/** The verification link of a request that was refused (Art. 12(4) GDPR): it confirms nothing any more; HTTP 409. */
public class LinkOfRefusedRequest extends Refusal {

    LinkOfRefusedRequest() {
        super(Kind.CONFLICT, "Request refused",
                "The request this link belongs to was refused; we told the requester why by e-mail. The link no"
                        + " longer confirms anything.");
    }
}

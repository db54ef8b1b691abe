package de.thwien.dsr.intake.verification;

import de.thwien.dsr.platform.problem.Refusal;

/** The verification link was used already: the identity is confirmed; HTTP 409. */
public class LinkAlreadyUsed extends Refusal {

    LinkAlreadyUsed() {
        super(Kind.CONFLICT, "Link already used",
                "This verification link has already been used. Your identity is confirmed; nothing else to do.");
    }
}

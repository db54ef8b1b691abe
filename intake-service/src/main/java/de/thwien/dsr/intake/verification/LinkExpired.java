package de.thwien.dsr.intake.verification;

import de.thwien.dsr.platform.problem.Refusal;

/** The verification link ran out unused or was replaced by a newer one; HTTP 410. */
public class LinkExpired extends Refusal {

    LinkExpired() {
        super(Kind.GONE, "Link expired",
                "This verification link has expired. Please contact us or submit your request again.");
    }
}

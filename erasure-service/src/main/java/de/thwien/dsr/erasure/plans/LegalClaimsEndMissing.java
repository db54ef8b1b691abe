package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.platform.problem.Refusal;

/**
 * A lift asked for on a restriction on ground Art. 18(1)(c) GDPR (she needs the data for legal claims) before she
 * told us she no longer needs them; HTTP 409 (its problem type names this class, so the dashboard words it).
 */
public class LegalClaimsEndMissing extends Refusal {

    LegalClaimsEndMissing() {
        super(Kind.CONFLICT, "the restriction rests on Art. 18(1)(c) (she needs the data for legal claims): it ends"
                + " only when she tells us she no longer needs them. Missing: the assistant's statement that she did"
                + " (CLAIMS_NO_LONGER_NEEDED), with a reason (PUT /api/cases/{caseId}/restriction/end)");
    }
}

package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.platform.problem.Refusal;

/**
 * A lift asked for on a restriction on ground Art. 18(1)(b) GDPR (unlawful processing, she opposed the erasure) that
 * nothing ends: only she does, by withdrawing her request or agreeing to the lift, or by consenting (Art. 18(2));
 * HTTP 409 (its problem type names this class, so the dashboard words it in its language).
 */
public class RestrictionWithdrawalMissing extends Refusal {

    RestrictionWithdrawalMissing() {
        super(Kind.CONFLICT, "the restriction rests on Art. 18(1)(b) (unlawful processing, she asked for restriction"
                + " instead of erasure): it ends only when she withdraws her request or agrees to the lift"
                + " (REQUEST_WITHDRAWN), or consents to the processing (CONSENT_GIVEN, Art. 18(2)). Missing: the"
                + " assistant's statement of one of them, with a reason (PUT /api/cases/{caseId}/restriction/end)");
    }
}

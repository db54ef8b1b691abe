package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.platform.problem.Refusal;

/**
 * A lift asked for on a restriction on ground Art. 18(1)(a) GDPR (accuracy contested) before the accuracy check has a
 * result: the restriction lasts for the time that check needs, so the lift waits for it; HTTP 409 naming what is
 * missing (its problem type names this class, so the dashboard words it in its language).
 */
public class AccuracyCheckMissing extends Refusal {

    AccuracyCheckMissing() {
        super(Kind.CONFLICT, "the restriction rests on Art. 18(1)(a) (accuracy contested) and lasts until her data's"
                + " accuracy is checked: the lift needs the check's result. Missing: either a rectification of her"
                + " restricted records completed after the restriction (corrected, or found correct with no change"
                + " needed), or the assistant's statement on this case that the data are accurate (CONFIRMED_ACCURATE),"
                + " with a reason (PUT /api/cases/{caseId}/restriction/end)");
    }
}

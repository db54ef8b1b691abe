package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.platform.problem.Refusal;

/**
 * A lift asked for on a restriction on ground Art. 18(1)(d) GDPR (her objection, Art. 21(1), pending the weighing)
 * before the weighing found compelling legitimate grounds of ours that override hers; HTTP 409 saying what to do
 * when her objection prevails instead (its problem type names this class, so the dashboard words it).
 */
public class ObjectionWeighingMissing extends Refusal {

    ObjectionWeighingMissing() {
        super(Kind.CONFLICT, "the restriction rests on Art. 18(1)(d) (her objection under Art. 21(1), pending the"
                + " weighing): it is lifted only when the weighing found compelling legitimate grounds of ours that"
                + " override hers. Missing: the assistant's statement of it (OVERRIDING_GROUNDS) with the grounds"
                + " written down (PUT /api/cases/{caseId}/restriction/end); the notice gives them. If her objection"
                + " prevails, do not lift: the data are to be erased (Art. 17(1)(c)) or stay restricted; open an"
                + " erasure request for her records");
    }
}

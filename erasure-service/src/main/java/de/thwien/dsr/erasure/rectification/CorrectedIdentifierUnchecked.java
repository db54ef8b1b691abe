package de.thwien.dsr.erasure.rectification;

import de.thwien.dsr.platform.problem.Refusal;

/**
 * A corrected e-mail address or phone number the subject index could not be asked about (409): whether it identifies
 * another person's records is not known, so it is taken only with the assistant's confirmation, or later.
 */
public class CorrectedIdentifierUnchecked extends Refusal {

    CorrectedIdentifierUnchecked(String field) {
        super(Kind.CONFLICT, "field " + field + ": the subject index did not answer, so whether the corrected value"
                + " is an identifier of another person's records is not known; try again later, or confirm"
                + " (confirmedRequesterControls) that you checked the requester controls it");
    }
}

package de.thwien.dsr.erasure.rectification;

import de.thwien.dsr.platform.problem.Refusal;

/**
 * A corrected e-mail address that is one of the operator's own ({@link OperatorAddresses}), 409: never taken, also
 * not with the assistant's confirmation. The detail names the field, never the value.
 */
public class CorrectedIdentifierIsOurs extends Refusal {

    CorrectedIdentifierIsOurs(String field) {
        super(Kind.CONFLICT, "field " + field + ": the corrected value is one of the operator's own addresses, which"
                + " never becomes a requester's");
    }
}

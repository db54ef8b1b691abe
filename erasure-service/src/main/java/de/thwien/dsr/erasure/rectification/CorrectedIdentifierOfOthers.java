package de.thwien.dsr.erasure.rectification;

import de.thwien.dsr.platform.problem.Refusal;
import java.util.Set;

/**
 * A corrected e-mail address or phone number that is an identifier of another person's records (409): taken only
 * with the assistant's confirmation that the requester controls it. The detail names the field and the stores (ids,
 * listed after {@value #STORES_MARKER} up to ";"), never the value.
 */
public class CorrectedIdentifierOfOthers extends Refusal {

    static final String STORES_MARKER = "another person's records in ";

    CorrectedIdentifierOfOthers(String field, Set<String> stores) {
        super(Kind.CONFLICT, "field " + field + ": the corrected value is an identifier of " + STORES_MARKER
                + String.join(", ", stores) + "; it is applied only when the assistant confirms"
                + " (confirmedRequesterControls) that she checked the requester controls it, e.g. the requester"
                + " confirmed it from that address");
    }
}

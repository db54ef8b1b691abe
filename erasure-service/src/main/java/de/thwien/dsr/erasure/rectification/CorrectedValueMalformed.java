package de.thwien.dsr.erasure.rectification;

import de.thwien.dsr.platform.problem.Refusal;

/**
 * A corrected value that does not have its field's form ({@link CorrectedValueCheck}): no e-mail address in an e-mail
 * field, no phone number in a phone field, an e-mail address in another field; HTTP 400, with its own type so that
 * the case page says it in the assistant's language.
 */
public class CorrectedValueMalformed extends Refusal {

    CorrectedValueMalformed(String problem) {
        super(Kind.INVALID, problem);
    }
}

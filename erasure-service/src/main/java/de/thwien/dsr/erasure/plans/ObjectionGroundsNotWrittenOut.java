package de.thwien.dsr.erasure.plans;

import de.thwien.dsr.platform.problem.Refusal;

/**
 * Compelling legitimate grounds to continue after her objection that are no sentence ({@link WrittenReason}): the
 * answer quotes them, and the controller must demonstrate them (Art. 21(1) GDPR); HTTP 400.
 */
public class ObjectionGroundsNotWrittenOut extends Refusal {

    ObjectionGroundsNotWrittenOut() {
        super(Kind.INVALID, "the grounds must say in sentences why the processing continues: at least "
                + WrittenReason.MINIMUM_LENGTH + " characters and " + WrittenReason.MINIMUM_WORDS
                + " words; the answer to the requester quotes them");
    }
}

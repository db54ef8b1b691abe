package de.thwien.dsr.intake.casework;

import de.thwien.dsr.platform.problem.Refusal;
import java.time.LocalDate;

/**
 * A refusal (Art. 12(4) GDPR) asked for after the month in which it had to be told, without the assistant confirming
 * she knows it is late; HTTP 409.
 */
public class LateRefusal extends Refusal {

    public LateRefusal(LocalDate refusalDueOn) {
        super(Kind.CONFLICT, "Refusal after its deadline",
                "Art. 12(4) GDPR: a refusal must be told within one month of receipt, which ended on " + refusalDueOn
                        + " (an extension does not prolong it). Confirm that you know it is late (lateConfirmed: true)"
                        + " to refuse all the same; the timeline records it.");
    }
}

package de.thwien.dsr.intake.casework;

import de.thwien.dsr.intake.cases.ActionNotAllowed;

/** Art. 12(3) GDPR allows one extension by two further months: a second one is refused; HTTP 409. */
public class DeadlineAlreadyExtended extends ActionNotAllowed {

    public DeadlineAlreadyExtended() {
        super("The deadline of this case has already been extended.");
    }
}

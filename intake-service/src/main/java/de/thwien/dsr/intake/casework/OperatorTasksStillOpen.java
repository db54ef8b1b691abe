package de.thwien.dsr.intake.casework;

import de.thwien.dsr.intake.cases.ActionNotAllowed;

/**
 * A case whose erasures left work to the operator (a recording's raw media, a stored file) is not closed while that
 * work is open: the confirmation told the requester it is still to be done; HTTP 409.
 */
public class OperatorTasksStillOpen extends ActionNotAllowed {

    public OperatorTasksStillOpen() {
        super("The case has operator tasks still open; confirm them done before closing the case.");
    }
}

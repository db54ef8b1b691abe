package de.thwien.dsr.subjectindex.access;

import de.thwien.dsr.platform.problem.Refusal;

/**
 * A decision the match's state does not allow: decided already the other way, or the answer has gone out; HTTP 409.
 * The message names decisions and states only, never the record or the person.
 */
public class NameMatchConflict extends Refusal {

    public NameMatchConflict(String message) {
        super(Kind.CONFLICT, message);
    }
}

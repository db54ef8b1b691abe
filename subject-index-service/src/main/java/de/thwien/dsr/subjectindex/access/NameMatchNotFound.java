package de.thwien.dsr.subjectindex.access;

import de.thwien.dsr.platform.problem.Refusal;

/** No name match with this id in this case, or no review at all for the case; HTTP 404. */
public class NameMatchNotFound extends Refusal {

    public NameMatchNotFound(String message) {
        super(Kind.NOT_FOUND, message);
    }
}

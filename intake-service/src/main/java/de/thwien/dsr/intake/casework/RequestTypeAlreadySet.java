package de.thwien.dsr.intake.casework;

import de.thwien.dsr.events.RequestType;
import de.thwien.dsr.platform.problem.Refusal;

/** The kind of request of the case is set already (by the classifier, the form, or the assistant before); HTTP 409. */
public class RequestTypeAlreadySet extends Refusal {

    public RequestTypeAlreadySet(RequestType type) {
        super(Kind.CONFLICT, "Kind of request already set",
                "The case is a request of type " + type + " already; the kind of request is set only once, while the"
                        + " case is UNCLASSIFIED.");
    }
}

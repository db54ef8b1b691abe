package de.thwien.dsr.intake.mail;

import de.thwien.dsr.platform.problem.Refusal;

/** There is no triage item with this id; HTTP 404. */
public class TriageItemNotFound extends Refusal {

    TriageItemNotFound() {
        super(Kind.NOT_FOUND, "no such triage item");
    }
}

package de.thwien.dsr.intake.mail;

import de.thwien.dsr.platform.problem.Refusal;

/** There is no suggestion from a watched mailbox with this id; HTTP 404. */
public class SuggestionNotFound extends Refusal {

    SuggestionNotFound() {
        super(Kind.NOT_FOUND, "no such suggestion");
    }
}

package de.thwien.dsr.intake.casework;

import de.thwien.dsr.intake.cases.ActionNotAllowed;

/**
 * An extension asked for when the answer to the request has been sent or is on its way (the access copy or export is
 * ready, the erasure has been carried out: notifier-service sends the answer by itself): the requester would read of
 * two more months after, or next to, the answer itself; HTTP 409.
 */
public class AnswerAlreadyGoingOut extends ActionNotAllowed {

    public AnswerAlreadyGoingOut() {
        super("The answer to this request has been sent or is being sent; its deadline can no longer be extended.");
    }
}

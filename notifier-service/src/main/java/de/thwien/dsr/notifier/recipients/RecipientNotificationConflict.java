package de.thwien.dsr.notifier.recipients;

import de.thwien.dsr.platform.problem.Refusal;

/** The notification is not one the assistant confirms by hand (sent, covered by hosting, or already confirmed). */
public class RecipientNotificationConflict extends Refusal {

    public RecipientNotificationConflict(String message) {
        super(Kind.CONFLICT, message);
    }
}

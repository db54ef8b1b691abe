package de.thwien.dsr.notifier.recipients;

import de.thwien.dsr.platform.problem.Refusal;
import java.util.UUID;

/** No recipient notification with this id. */
public class RecipientNotificationNotFound extends Refusal {

    public RecipientNotificationNotFound(UUID id) {
        super(Kind.NOT_FOUND, "No recipient notification " + id);
    }
}

package de.thwien.dsr.events.inbox;

import de.thwien.dsr.events.EventDecodingException;
import io.smallrye.mutiny.Uni;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;
import java.io.IOException;
import java.time.Duration;

/**
 * How {@link EventInbox} retries an effect that failed. While the database cannot be reached (connection
 * refused or cut, PostgreSQL restarting) nothing this consumer does could succeed, and the event is not at
 * fault: it is retried for {@code outageRetryFor} before it may go to the dead-letter topic. Any other
 * failure is retried {@code retries} times; an undecodable record not at all.
 */
record InboxRetries(int retries, Duration outageRetryFor, Duration firstBackOff, Duration maxBackOff) {

    <T> Uni<T> applyTo(Uni<T> effect) {
        return effect
                .onFailure(InboxRetries::databaseUnreachable)
                .retry().withBackOff(firstBackOff, maxBackOff).expireIn(outageRetryFor.toMillis())
                .onFailure(failure -> !(failure instanceof EventDecodingException) && !databaseUnreachable(failure))
                .retry().withBackOff(firstBackOff, maxBackOff).atMost(retries);
    }

    /**
     * True when the failure (or a cause) says the database connection is gone or refused, or PostgreSQL
     * reports a connection exception (SQLSTATE class 08) or is shutting down (57P).
     */
    static boolean databaseUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof ClosedConnectionException) {
                return true;
            }
            if (cause instanceof DatabaseException database && database.getSqlState() != null
                    && (database.getSqlState().startsWith("08") || database.getSqlState().startsWith("57P"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}

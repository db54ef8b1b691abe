package de.thwien.dsr.platform.inbox;

import de.thwien.dsr.platform.codec.EventDecodingException;
import de.thwien.dsr.platform.jobs.DatabaseOutage;
import io.smallrye.mutiny.Uni;
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

    /** True while the database cannot be reached: see {@link DatabaseOutage#causedBy}. */
    static boolean databaseUnreachable(Throwable failure) {
        return DatabaseOutage.causedBy(failure);
    }
}

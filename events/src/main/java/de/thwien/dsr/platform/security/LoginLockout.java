package de.thwien.dsr.platform.security;

import de.thwien.dsr.events.keyring.AddressDigestKey;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Locks a user name for {@code duration} after {@code maxFailures} failed logins within that duration, so that
 * passwords cannot be guessed online. Unknown user names are counted the same way: a lock tells nothing about
 * whether an account exists. The failures are kept in the service's database ({@code login_failure}), so every
 * instance of a service counts them together; a name is stored only as a keyed digest. Blocking calls: for the
 * worker thread a login is checked on.
 */
public final class LoginLockout {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    // one statement, so that failures at the same moment on two instances are all counted; on conflict the
    // right-hand sides see the row as it was: a window that ended (lock over, or first failure too long ago)
    // starts counting again
    private static final String RECORD_FAILURE = """
            insert into login_failure as f (name_digest, failures, first_at, locked_until)
            values ($1, 1, $2, case when 1 >= $3 then $2 + $4 * interval '1 second' end)
            on conflict (name_digest) do update set
                failures = case when coalesce(f.locked_until, f.first_at + $4 * interval '1 second') <= $2
                        then 1 else f.failures + 1 end,
                first_at = case when coalesce(f.locked_until, f.first_at + $4 * interval '1 second') <= $2
                        then $2 else f.first_at end,
                locked_until = case when (case when coalesce(f.locked_until, f.first_at + $4 * interval '1 second')
                        <= $2 then 1 else f.failures + 1 end) >= $3 then $2 + $4 * interval '1 second' end""";
    private static final String FORGET_ENDED = "delete from login_failure where coalesce(locked_until,"
            + " first_at + $2 * interval '1 second') <= $1";

    private final int maxFailures;
    private final Duration duration;
    private final Clock clock;
    private final Pool pool;
    private final AddressDigestKey digestKey;

    /** @param digestKey the keyring's digest key, which a master-key rotation leaves unchanged */
    public LoginLockout(int maxFailures, Duration duration, Clock clock, Pool pool, AddressDigestKey digestKey) {
        if (maxFailures < 1 || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("lockout needs at least one failure and a positive duration");
        }
        this.maxFailures = maxFailures;
        this.duration = duration;
        this.clock = clock;
        this.pool = pool;
        this.digestKey = digestKey;
    }

    /** What is recorded for a name: whether it is locked now, and whether any failure is on record. */
    public record State(boolean locked, boolean failuresOnRecord) {
    }

    public State stateOf(String username) {
        RowIterator<Row> rows = pool.preparedQuery("select locked_until from login_failure where name_digest = $1")
                .execute(Tuple.of(digestKey.digestOf(username))).await().atMost(PATIENCE).iterator();
        if (!rows.hasNext()) {
            return new State(false, false);
        }
        OffsetDateTime lockedUntil = rows.next().getOffsetDateTime(0);
        return new State(lockedUntil != null && clock.instant().isBefore(lockedUntil.toInstant()), true);
    }

    public boolean isLocked(String username) {
        return stateOf(username).locked();
    }

    public void recordFailure(String username) {
        OffsetDateTime now = at(clock.instant());
        pool.preparedQuery(RECORD_FAILURE)
                .execute(Tuple.of(digestKey.digestOf(username), now, maxFailures, duration.toSeconds()))
                .await().atMost(PATIENCE);
        // names whose window has ended are forgotten, so a flood of names cannot fill the table
        pool.preparedQuery(FORGET_ENDED).execute(Tuple.of(now, duration.toSeconds())).await().atMost(PATIENCE);
    }

    public void recordSuccess(String username) {
        pool.preparedQuery("delete from login_failure where name_digest = $1")
                .execute(Tuple.of(digestKey.digestOf(username)))
                .await().atMost(PATIENCE);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

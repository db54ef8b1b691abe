package de.thwien.dsr.platform.security;

import de.thwien.dsr.platform.keyring.AddressDigestKey;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Locks a user name after repeated failed logins, so that passwords cannot be guessed online, without handing
 * everybody a way to lock the assistant out: {@code maxFailures} failures from one client address within
 * {@code duration} lock the name for that address only; {@code maxFailuresPerName} failures from all addresses
 * together (a far higher ceiling, against guessing from many addresses) lock it for every address. A lock lasts
 * {@code duration}; the owner can lift it earlier ({@link #unlock}). Unknown user names are counted the same way:
 * a lock tells nothing about whether an account exists. The failures are kept in the service's database
 * ({@code login_failure}), so every instance of a service counts them together; names and addresses are stored
 * only as keyed digests. Blocking calls except {@link #unlock}: for the worker thread a login is checked on.
 */
public final class LoginLockout {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    /** The client_digest of the row that counts a name's failures from every address. */
    private static final String EVERY_ADDRESS = "";

    // one statement, so that failures at the same moment on two instances are all counted; on conflict the
    // right-hand sides see the row as it was: a window that ended (lock over, or first failure too long ago)
    // starts counting again
    private static final String RECORD_FAILURE = """
            insert into login_failure as f (name_digest, client_digest, failures, first_at, locked_until)
            values ($1, $2, 1, $3, case when 1 >= $4 then $3 + $5 * interval '1 second' end)
            on conflict (name_digest, client_digest) do update set
                failures = case when coalesce(f.locked_until, f.first_at + $5 * interval '1 second') <= $3
                        then 1 else f.failures + 1 end,
                first_at = case when coalesce(f.locked_until, f.first_at + $5 * interval '1 second') <= $3
                        then $3 else f.first_at end,
                locked_until = case when (case when coalesce(f.locked_until, f.first_at + $5 * interval '1 second')
                        <= $3 then 1 else f.failures + 1 end) >= $4 then $3 + $5 * interval '1 second' end""";
    private static final String FORGET_ENDED = "delete from login_failure where coalesce(locked_until,"
            + " first_at + $2 * interval '1 second') <= $1";
    private static final String STATE = "select client_digest, locked_until from login_failure"
            + " where name_digest = $1 and client_digest in ($2, '')";

    private final int maxFailures;
    private final int maxFailuresPerName;
    private final Duration duration;
    private final Clock clock;
    private final Pool pool;
    private final AddressDigestKey digestKey;

    /**
     * @param maxFailures        failures from one address that lock the name for that address
     * @param maxFailuresPerName failures from all addresses that lock the name for every address
     * @param digestKey          the keyring's digest key, which a master-key rotation leaves unchanged
     */
    public LoginLockout(int maxFailures, int maxFailuresPerName, Duration duration, Clock clock, Pool pool,
            AddressDigestKey digestKey) {
        if (maxFailures < 1 || maxFailuresPerName < maxFailures || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("lockout needs at least one failure per address, a ceiling per name"
                    + " not below it and a positive duration");
        }
        this.maxFailures = maxFailures;
        this.maxFailuresPerName = maxFailuresPerName;
        this.duration = duration;
        this.clock = clock;
        this.pool = pool;
        this.digestKey = digestKey;
    }

    /**
     * What is recorded for a name tried from an address: whether it is locked there now, and whether failures from
     * that address are on record.
     */
    public record State(boolean locked, boolean failuresOnRecord) {
    }

    public State stateOf(String username, String clientAddress) {
        boolean locked = false;
        boolean failuresFromAddress = false;
        for (Row row : pool.preparedQuery(STATE).execute(Tuple.of(digestKey.digestOf(username), client(clientAddress)))
                .await().atMost(PATIENCE)) {
            OffsetDateTime lockedUntil = row.getOffsetDateTime(1);
            locked |= lockedUntil != null && clock.instant().isBefore(lockedUntil.toInstant());
            failuresFromAddress |= !EVERY_ADDRESS.equals(row.getString(0));
        }
        return new State(locked, failuresFromAddress);
    }

    public boolean isLocked(String username, String clientAddress) {
        return stateOf(username, clientAddress).locked();
    }

    public void recordFailure(String username, String clientAddress) {
        OffsetDateTime now = at(clock.instant());
        String name = digestKey.digestOf(username);
        count(name, client(clientAddress), maxFailures, now);
        count(name, EVERY_ADDRESS, maxFailuresPerName, now);
        // names whose window has ended are forgotten, so a flood of names cannot fill the table
        pool.preparedQuery(FORGET_ENDED).execute(Tuple.of(now, duration.toSeconds())).await().atMost(PATIENCE);
    }

    /** A login from the address succeeded: its failures are forgotten (not those of other addresses). */
    public void recordSuccess(String username, String clientAddress) {
        pool.preparedQuery("delete from login_failure where name_digest = $1 and client_digest = $2")
                .execute(Tuple.of(digestKey.digestOf(username), client(clientAddress))).await().atMost(PATIENCE);
    }

    /** Lifts every lock of the name, for every address (the owner's decision). */
    public Uni<Void> unlock(String username) {
        return pool.preparedQuery("delete from login_failure where name_digest = $1")
                .execute(Tuple.of(digestKey.digestOf(username))).replaceWithVoid();
    }

    private void count(String name, String client, int threshold, OffsetDateTime now) {
        pool.preparedQuery(RECORD_FAILURE)
                .execute(Tuple.of(name, client, now, threshold, duration.toSeconds()))
                .await().atMost(PATIENCE);
    }

    private String client(String clientAddress) {
        return digestKey.digestOf("client:" + (clientAddress == null ? "unknown" : clientAddress));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}

package de.thwien.dsr.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Locks a user name for {@code duration} after {@code maxFailures} failed logins within that duration, so that
 * passwords cannot be guessed online. Unknown user names are counted the same way: a lock tells nothing about
 * whether an account exists. In memory, per instance (each instance of a service allows the count).
 */
public final class LoginLockout {

    /** Above this many tracked names, expired entries are dropped, so a flood of names cannot fill the memory. */
    private static final int PURGE_THRESHOLD = 10_000;

    private record Failures(int count, Instant firstAt, Instant lockedUntil) {
    }

    private final int maxFailures;
    private final Duration duration;
    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginLockout(int maxFailures, Duration duration, Clock clock) {
        if (maxFailures < 1 || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("lockout needs at least one failure and a positive duration");
        }
        this.maxFailures = maxFailures;
        this.duration = duration;
        this.clock = clock;
    }

    public boolean isLocked(String username) {
        Failures current = failures.get(username);
        return current != null && current.lockedUntil() != null && clock.instant().isBefore(current.lockedUntil());
    }

    public void recordFailure(String username) {
        Instant now = clock.instant();
        if (failures.size() > PURGE_THRESHOLD) {
            failures.values().removeIf(entry -> expired(entry, now));
        }
        failures.compute(username, (name, current) -> {
            Failures counted = current == null || expired(current, now)
                    ? new Failures(1, now, null) : new Failures(current.count() + 1, current.firstAt(), null);
            return counted.count() >= maxFailures
                    ? new Failures(counted.count(), counted.firstAt(), now.plus(duration)) : counted;
        });
    }

    public void recordSuccess(String username) {
        failures.remove(username);
    }

    private boolean expired(Failures entry, Instant now) {
        return entry.lockedUntil() != null ? !now.isBefore(entry.lockedUntil())
                : !now.isBefore(entry.firstAt().plus(duration));
    }
}

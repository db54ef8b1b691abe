package de.thwien.dsr.platform.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} attempts per key in a fixed window. In memory, per instance: enough to stop a
 * script flooding the form; several instances each allow the limit.
 */
public final class FixedWindowRateLimiter {

    private static final int PURGE_THRESHOLD = 10_000;

    private record Window(Instant start, int count) {
    }

    private final int limit;
    private final Duration window;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public FixedWindowRateLimiter(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Without counting: empty if the key may try now, else how long until it may. */
    public Optional<Duration> blockedFor(String key, Instant now) {
        Window current = windows.get(key);
        if (current == null || current.count() < limit || !now.isBefore(current.start().plus(window))) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, current.start().plus(window)));
    }

    /** Counts an attempt; empty if allowed, else how long until the key may try again. */
    public Optional<Duration> tryAcquire(String key, Instant now) {
        if (windows.size() > PURGE_THRESHOLD) {
            windows.values().removeIf(w -> !now.isBefore(w.start().plus(window)));
        }
        Window current = windows.compute(key, (k, w) -> w == null || !now.isBefore(w.start().plus(window))
                ? new Window(now, 1) : new Window(w.start(), w.count() + 1));
        if (current.count() <= limit) {
            return Optional.empty();
        }
        Duration retryAfter = Duration.between(now, current.start().plus(window));
        return Optional.of(retryAfter.isNegative() ? Duration.ZERO : retryAfter);
    }
}

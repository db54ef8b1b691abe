package de.thwien.dsr.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FixedWindowRateLimiterTest {

    private static final Instant START = Instant.parse("2026-11-27T10:00:00Z");
    private final FixedWindowRateLimiter limiter = new FixedWindowRateLimiter(2, Duration.ofHours(1));

    @Test
    void attemptsUpToTheLimitAreAllowed() {
        assertThat(limiter.tryAcquire("a", START)).isEmpty();
        assertThat(limiter.tryAcquire("a", START.plusSeconds(10))).isEmpty();
    }

    @Test
    void attemptOverTheLimitIsToldWhenTheWindowEnds() {
        limiter.tryAcquire("a", START);
        limiter.tryAcquire("a", START);

        assertThat(limiter.tryAcquire("a", START.plusSeconds(600))).contains(Duration.ofSeconds(3000));
    }

    @Test
    void keysAreCountedSeparately() {
        limiter.tryAcquire("a", START);
        limiter.tryAcquire("a", START);

        assertThat(limiter.tryAcquire("b", START)).isEmpty();
    }

    @Test
    void aNewWindowStartsAfterTheOldOneEnded() {
        limiter.tryAcquire("a", START);
        limiter.tryAcquire("a", START);
        limiter.tryAcquire("a", START);

        assertThat(limiter.tryAcquire("a", START.plus(Duration.ofHours(1)))).isEmpty();
    }

    @Test
    void blockedForTellsTheWaitWithoutCountingAnAttempt() {
        assertThat(limiter.blockedFor("a", START)).isEmpty();
        limiter.tryAcquire("a", START);
        assertThat(limiter.blockedFor("a", START)).isEmpty();
        limiter.tryAcquire("a", START);
        assertThat(limiter.blockedFor("a", START.plusSeconds(600))).contains(Duration.ofMinutes(50));
        assertThat(limiter.blockedFor("a", START.plus(Duration.ofHours(1)))).isEmpty();
    }
}

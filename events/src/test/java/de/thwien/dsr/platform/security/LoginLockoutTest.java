package de.thwien.dsr.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginLockoutTest {

    private static final Instant START = Instant.parse("2026-03-05T09:00:00Z");

    private Instant now = START;
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginLockout lockout = new LoginLockout(3, Duration.ofMinutes(15), clock);

    @Test
    void theConfiguredNumberOfFailuresLocksTheName() {
        lockout.recordFailure("assistant");
        lockout.recordFailure("assistant");
        assertThat(lockout.isLocked("assistant")).isFalse();
        lockout.recordFailure("assistant");
        assertThat(lockout.isLocked("assistant")).isTrue();
    }

    @Test
    void theLockEndsAfterTheDuration() {
        failThreeTimes("assistant");
        now = START.plus(Duration.ofMinutes(15)).minusSeconds(1);
        assertThat(lockout.isLocked("assistant")).isTrue();
        now = START.plus(Duration.ofMinutes(15));
        assertThat(lockout.isLocked("assistant")).isFalse();
    }

    @Test
    void aFailureAfterTheLockEndedStartsCountingAgain() {
        failThreeTimes("assistant");
        now = START.plus(Duration.ofMinutes(16));
        lockout.recordFailure("assistant");
        assertThat(lockout.isLocked("assistant")).isFalse();
    }

    @Test
    void failuresSpreadOverMoreThanTheDurationDoNotLock() {
        lockout.recordFailure("assistant");
        lockout.recordFailure("assistant");
        now = START.plus(Duration.ofMinutes(20));
        lockout.recordFailure("assistant");
        assertThat(lockout.isLocked("assistant")).isFalse();
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        lockout.recordFailure("assistant");
        lockout.recordFailure("assistant");
        lockout.recordSuccess("assistant");
        lockout.recordFailure("assistant");
        assertThat(lockout.isLocked("assistant")).isFalse();
    }

    @Test
    void aLockedNameDoesNotLockOthers() {
        failThreeTimes("assistant");
        assertThat(lockout.isLocked("owner")).isFalse();
    }

    @Test
    void unknownNamesAreLockedLikeKnownOnes() {
        failThreeTimes("no-such-user");
        assertThat(lockout.isLocked("no-such-user")).isTrue();
    }

    private void failThreeTimes(String username) {
        for (int i = 0; i < 3; i++) {
            lockout.recordFailure(username);
        }
    }
}

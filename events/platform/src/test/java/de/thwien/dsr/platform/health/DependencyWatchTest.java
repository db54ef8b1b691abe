package de.thwien.dsr.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class DependencyWatchTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T09:42:00Z"));
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    @Test
    void aStoreThatStopsAnsweringIsDownSinceItsFirstFailedCheckUntilItAnswersAgain() {
        AtomicReference<Exception> failure = new AtomicReference<>();
        DependencyWatch watch = new DependencyWatch(clock).watch("mail", () -> {
            if (failure.get() != null) {
                throw failure.get();
            }
        });
        watch.checkAll();
        assertThat(watch.state("mail").up()).isTrue();

        failure.set(new IllegalStateException("imap", new ConnectException("Connection refused: jana@example.org")));
        now.set(Instant.parse("2026-03-02T09:43:00Z"));
        watch.checkAll();
        now.set(Instant.parse("2026-03-02T09:43:30Z"));
        watch.checkAll();

        DependencyState down = watch.state("mail");
        assertThat(down.up()).isFalse();
        assertThat(down.error()).isEqualTo("connection refused");
        assertThat(down.downSince()).isEqualTo(Instant.parse("2026-03-02T09:43:00Z"));
        assertThat(down.checkedAt()).isEqualTo(Instant.parse("2026-03-02T09:43:30Z"));

        failure.set(null);
        watch.checkAll();
        assertThat(watch.state("mail")).isEqualTo(
                new DependencyState(true, null, null, Instant.parse("2026-03-02T09:43:30Z")));
    }

    @Test
    void aFailureIsDescribedByItsTypeNeverByTheServersMessage() {
        assertThat(FailureReason.of(new RuntimeException("login jana@example.org refused")))
                .isEqualTo("failed (RuntimeException)");
        assertThat(FailureReason.of(new FailureReason.ReportableFailure("BBB API answered FAILED (checksumError)")))
                .isEqualTo("BBB API answered FAILED (checksumError)");
        assertThat(FailureReason.of(new java.sql.SQLException("FATAL: password for user crm_ro", "28P01")))
                .isEqualTo("login refused");
    }

    @Test
    void theHealthCheckNamesTheErrorAndSinceWhenButNothingBeforeTheFirstCheck() {
        assertThat(DependencyWatch.response("crm", DependencyState.NOT_YET_CHECKED).getStatus().name())
                .isEqualTo("UP");
        var down = DependencyWatch.response("crm", new DependencyState(false, "connection refused",
                Instant.parse("2026-03-02T09:42:00Z"), Instant.parse("2026-03-02T09:43:00Z")));
        assertThat(down.getStatus().name()).isEqualTo("DOWN");
        assertThat(down.getData().orElseThrow()).containsEntry("error", "connection refused")
                .containsEntry("downSince", "2026-03-02T09:42:00Z");
    }
}

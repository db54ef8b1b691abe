package de.thwien.dsr.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthRegistry;
import java.net.ConnectException;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
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

    @Test
    void eachWatchedStoreHasAnUpGaugeThatReadsZeroWhileItIsDownAndItsHealthCheckNext() {
        AtomicReference<Exception> failure = new AtomicReference<>();
        DependencyWatch watch = new DependencyWatch(clock).watch("crm", () -> { }).watch("mail", () -> {
            if (failure.get() != null) {
                throw failure.get();
            }
        });
        Map<String, HealthCheck> checks = new HashMap<>();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        watch.registerIn(new HealthChecksByName(checks), meters, "subject-index-service");

        assertThat(up(meters, "mail")).as("not checked yet").isEqualTo(1.0);
        failure.set(new ConnectException("Connection refused"));
        watch.checkAll();

        assertThat(up(meters, "mail")).isEqualTo(0.0);
        assertThat(up(meters, "crm")).isEqualTo(1.0);
        assertThat(checks.get("mail").call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        failure.set(null);
        watch.checkAll();
        assertThat(up(meters, "mail")).isEqualTo(1.0);
    }

    private static double up(SimpleMeterRegistry meters, String dependency) {
        return meters.get(DependencyWatch.UP_GAUGE).tags("service", "subject-index-service", "dependency", dependency)
                .gauge().value();
    }

    /** The wellness registry as far as the watch uses it: checks by name. */
    private record HealthChecksByName(Map<String, HealthCheck> checks) implements HealthRegistry {

        @Override
        public HealthRegistry register(String id, HealthCheck check) {
            checks.put(id, check);
            return this;
        }

        @Override
        public HealthRegistry register(String id, AsyncHealthCheck check) {
            throw new UnsupportedOperationException("the watch registers synchronous checks");
        }

        @Override
        public HealthRegistry remove(String id) {
            checks.remove(id);
            return this;
        }
    }
}

package de.thwien.dsr.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The short runs of the crash and fault harness, part of every build. The crash run: 15 requests (five of each type,
 * five of them by mail) while the two services that hold claims on work in progress are killed once each (the
 * notifier's claimed notices, erasure-service's leased plan items: both must be taken over, neither done twice), the
 * broker restarts and PostgreSQL refuses connections. The PostgreSQL run: 15 requests while PostgreSQL itself is
 * SIGKILLed twice and recovers (the services keep running). Every service killed, several times, and the other
 * scenarios are the full run's (-Pfault-harness): each kill is a JVM start, which on a loaded CI machine costs
 * minutes.
 */
class ShortFaultRunIT {

    private static final Path ROOT = Path.of(System.getProperty("dsr.project.root", "../..")).toAbsolutePath()
            .normalize();

    @Test
    void nothingIsLostDuplicatedOrStuckWhenServicesCrashAndKafkaAndPostgresGoAway() {
        HarnessOptions options = new HarnessOptions(15, 1, Duration.ofMillis(500), Duration.ofMinutes(5), 8,
                List.of("notifier-service", "erasure-service"));

        HarnessReport report = FaultHarness.run(Scenario.CRASH, options, ROOT);

        System.out.println(report.table());
        assertThat(report.kills()).isEqualTo(2);
        assertThat(report.restarts()).as("the two services and the broker").isEqualTo(3);
        assertThat(report.clean()).as(report.table()).isTrue();
    }

    @Test
    void nothingIsLostDuplicatedOrStuckWhenPostgresIsKilledTwiceAndRecovers() {
        HarnessOptions options = new HarnessOptions(15, 0, Duration.ofMillis(500), Duration.ofMinutes(4), 8,
                List.of());

        HarnessReport report = FaultHarness.run(Scenario.POSTGRES_KILL, options, ROOT);

        System.out.println(report.table());
        assertThat(report.faults()).isEqualTo(2);
        assertThat(report.restarts()).isEqualTo(2);
        assertThat(report.clean()).as(report.table()).isTrue();
    }
}

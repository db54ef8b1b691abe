package de.thwien.dsr.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The short runs of the crash and fault harness, part of every build: 30 requests while each service is killed
 * once, the broker restarts and PostgreSQL refuses connections; and 20 requests while PostgreSQL itself is
 * SIGKILLed twice and recovers.
 */
class ShortFaultRunIT {

    private static final Path ROOT = Path.of(System.getProperty("dsr.project.root", "../..")).toAbsolutePath()
            .normalize();

    @Test
    void nothingIsLostDuplicatedOrStuckWhenServicesCrashAndKafkaAndPostgresGoAway() {
        HarnessOptions options = new HarnessOptions(30, 1, Duration.ofMillis(500), Duration.ofMinutes(5), 8);

        HarnessReport report = FaultHarness.run(Scenario.CRASH, options, ROOT);

        System.out.println(report.table());
        assertThat(report.kills()).isEqualTo(4);
        assertThat(report.restarts()).isEqualTo(5);
        assertThat(report.clean()).as(report.table()).isTrue();
    }

    @Test
    void nothingIsLostDuplicatedOrStuckWhenPostgresIsKilledTwiceAndRecovers() {
        HarnessOptions options = new HarnessOptions(20, 0, Duration.ofMillis(500), Duration.ofMinutes(4), 8);

        HarnessReport report = FaultHarness.run(Scenario.POSTGRES_KILL, options, ROOT);

        System.out.println(report.table());
        assertThat(report.faults()).isEqualTo(2);
        assertThat(report.restarts()).isEqualTo(2);
        assertThat(report.clean()).as(report.table()).isTrue();
    }
}

package de.thwien.dsr.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The short run of the crash and fault harness, part of every build: 30 requests while each service is
 * killed once, the broker restarts and PostgreSQL refuses connections.
 */
class ShortFaultRunIT {

    @Test
    void nothingIsLostDuplicatedOrStuckWhenServicesCrashAndKafkaAndPostgresGoAway() {
        Path root = Path.of(System.getProperty("dsr.project.root", "../..")).toAbsolutePath().normalize();
        HarnessOptions options = new HarnessOptions(30, 1, Duration.ofMillis(500), Duration.ofMinutes(5), 8);

        HarnessReport report = FaultHarness.run(options, root);

        System.out.println(report.table());
        assertThat(report.kills()).isEqualTo(4);
        assertThat(report.restarts()).isEqualTo(5);
        assertThat(report.clean()).as(report.table()).isTrue();
    }
}

package de.thwien.dsr.systemtests;

import de.thwien.dsr.infra.EmbeddedInfraOptions;
import de.thwien.dsr.localstack.FastTimings;
import de.thwien.dsr.localstack.LocalStack;
import de.thwien.dsr.localstack.ServiceDefinition;
import de.thwien.dsr.localstack.demo.DemoData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The packaged services, the embedded infrastructure and the demo stores on free ports, started ONCE for
 * all system test classes of the JVM (startup is the expensive part) and stopped when the JVM ends.
 */
final class RunningSystem {

    private static LocalStack shared;

    private RunningSystem() {
    }

    static synchronized LocalStack shared() {
        if (shared == null) {
            shared = start();
            LocalStack stack = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "system-test-stack-shutdown"));
        }
        return shared;
    }

    private static LocalStack start() {
        Path root = Path.of(System.getProperty("dsr.project.root", "../..")).toAbsolutePath().normalize();
        List<ServiceDefinition> services = ServiceDefinition.defaultsOnFreePorts();
        return LocalStack.start(EmbeddedInfraOptions.defaults().withShutdownHook(false), services, root,
                root.resolve("deploy/system-tests/target/service-logs"), DemoData.generate(LocalDate.now()), 0,
                // every system test submits from the one loopback address, more than a visitor may in an hour;
                // the limit itself is intake's to test (SubmissionLimits)
                FastTimings.with(Map.of("dsr.intake.rate-limits.per-client-address", "1000")));
    }
}

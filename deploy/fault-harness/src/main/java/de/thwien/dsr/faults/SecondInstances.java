package de.thwien.dsr.faults;

import de.thwien.dsr.infra.test.LowPorts;
import de.thwien.dsr.localstack.ServiceProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A second instance of every service, with the same configuration as the stack's (same database schemas, same
 * consumer groups) on a port of its own, as a scaled-out deployment runs them. The harness kills the stack's
 * instances; these stay up and take over partitions, leases and locks.
 */
final class SecondInstances implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(
            Long.getLong("dsr.local-stack.ready-timeout-seconds", 180));

    private final List<ServiceProcess> instances;

    private SecondInstances(List<ServiceProcess> instances) {
        this.instances = instances;
    }

    static SecondInstances start(List<ServiceProcess> firsts, Path projectRoot, Map<String, String> configuration,
            Path logDirectory) {
        List<ServiceProcess> started = firsts.stream()
                .map(first -> ServiceProcess.start(first.service().withPort(LowPorts.free()), projectRoot,
                        configuration, logDirectory))
                .toList();
        SecondInstances second = new SecondInstances(started);
        try {
            started.forEach(instance -> instance.awaitReady(READY_TIMEOUT));
            return second;
        } catch (RuntimeException e) {
            second.close();
            throw e;
        }
    }

    /** Still running at the end: none of them was killed, so each must be alive. */
    long alive() {
        return instances.stream().filter(ServiceProcess::isAlive).count();
    }

    @Override
    public void close() {
        instances.parallelStream().forEach(ServiceProcess::close);
    }
}

package de.thwien.dsr.faults;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * One run of the harness.
 *
 * @param requests         how many data-subject requests to send (mixed types and channels)
 * @param killsPerService  SIGKILLs per service during the run (each followed by a restart)
 * @param requestInterval  pause between two requests
 * @param settleTimeout    how long every case may take to reach its final state once load and faults are over
 * @param seed             random seed: the same seed gives the same requests and the same fault order
 * @param killedServices   the services that are killed (names as in the stack); empty: every service
 */
public record HarnessOptions(int requests, int killsPerService, Duration requestInterval, Duration settleTimeout,
        long seed, List<String> killedServices) {

    public HarnessOptions {
        killedServices = List.copyOf(killedServices);
    }

    /** The full run: 300 requests, every service killed 3 times (12 kills); {@code -Dfaults.killed-services}
     * (comma-separated) kills only those. */
    public static HarnessOptions fromSystemProperties() {
        return new HarnessOptions(Integer.getInteger("faults.requests", 300),
                Integer.getInteger("faults.kills-per-service", 3),
                Duration.ofMillis(Long.getLong("faults.request-interval-ms", 500)),
                Duration.ofSeconds(Long.getLong("faults.settle-seconds", 900)),
                Long.getLong("faults.seed", 8),
                Arrays.stream(System.getProperty("faults.killed-services", "").split(","))
                        .map(String::trim).filter(name -> !name.isEmpty()).toList());
    }

    /** Whether this run kills the service. */
    public boolean kills(String service) {
        return killedServices.isEmpty() || killedServices.contains(service);
    }
}

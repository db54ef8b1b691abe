package de.thwien.dsr.faults;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * One run of the harness.
 *
 * @param requests         how many data-subject requests to send (mixed types and channels)
 * @param killsPerService  SIGKILLs per service during the run (each followed by a restart), in the scenarios that kill
 *                         services
 * @param requestInterval  pause between two requests
 * @param settleTimeout    how long every case may take to reach its final state once load and faults are over
 * @param seed             random seed: the same seed gives the same requests and the same fault order
 * @param killedServices   the services the kill scenarios kill (names as in the stack); empty: every service
 * @param mailOutages      how long SMTP and IMAP stay down, one outage after the other (scenario mail-outage)
 * @param storesOutage     how long the CRM database and the BBB API stay unreachable (scenario stores-outage)
 */
public record HarnessOptions(int requests, int killsPerService, Duration requestInterval, Duration settleTimeout,
        long seed, List<String> killedServices, List<Duration> mailOutages, Duration storesOutage) {

    /** The outages the issue names: mail down 2 and then 20 minutes, CRM and BBB 5 minutes. */
    static final List<Duration> MAIL_OUTAGES = List.of(Duration.ofMinutes(2), Duration.ofMinutes(20));
    static final Duration STORES_OUTAGE = Duration.ofMinutes(5);

    public HarnessOptions {
        killedServices = List.copyOf(killedServices);
        mailOutages = List.copyOf(mailOutages);
    }

    /** With the outage lengths. */
    public HarnessOptions(int requests, int killsPerService, Duration requestInterval, Duration settleTimeout,
            long seed, List<String> killedServices) {
        this(requests, killsPerService, requestInterval, settleTimeout, seed, killedServices, MAIL_OUTAGES,
                STORES_OUTAGE);
    }

    /**
     * The full run: 300 requests, every service killed 3 times, the outages the issue names; shorter outages for a
     * quick try with {@code -Dfaults.mail-outages=PT20S,PT1M -Dfaults.stores-outage=PT30S};
     * {@code -Dfaults.killed-services} (comma-separated) kills only those.
     */
    public static HarnessOptions fromSystemProperties() {
        return new HarnessOptions(Integer.getInteger("faults.requests", 300),
                Integer.getInteger("faults.kills-per-service", 3),
                Duration.ofMillis(Long.getLong("faults.request-interval-ms", 500)),
                Duration.ofSeconds(Long.getLong("faults.settle-seconds", 900)),
                Long.getLong("faults.seed", 8),
                names(System.getProperty("faults.killed-services", "")),
                durations(System.getProperty("faults.mail-outages", "PT2M,PT20M")),
                Duration.parse(System.getProperty("faults.stores-outage", "PT5M")));
    }

    /** Whether this run kills the service. */
    public boolean kills(String service) {
        return killedServices.isEmpty() || killedServices.contains(service);
    }

    private static List<String> names(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList();
    }

    private static List<Duration> durations(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).map(Duration::parse).toList();
    }
}

package de.thwien.dsr.localstack;

import java.util.HashMap;
import java.util.Map;

/**
 * Shorter schedules than the services' defaults, for runs that drive the whole system and wait for it (the
 * system tests, the fault harness, the pipeline benchmark): the privacy mailbox is read, the stores are
 * crawled, planned erasures run and failed notices are retried within seconds instead of minutes. Only
 * timings change, and the routine erasure job (data past its retention) is off so that it cannot erase demo
 * data in the middle of a run; what the services do for a request is the same.
 */
public final class FastTimings {

    public static final Map<String, String> CONFIGURATION = Map.ofEntries(
            Map.entry("dsr.mailbox.poll-interval", "1s"),
            Map.entry("dsr.index.first-crawl-after", "1s"),
            Map.entry("dsr.index.crawl-every", "5s"),
            Map.entry("dsr.erasure.execution.every", "1s"),
            Map.entry("dsr.erasure.execution.delay", "1s"),
            Map.entry("dsr.erasure.deferred.every", "2s"),
            Map.entry("dsr.erasure.deferred.delay", "1s"),
            Map.entry("dsr.erasure.routine.enabled", "false"),
            Map.entry("dsr.notifier.first-retry-delay", "PT1S"));

    private FastTimings() {
    }

    /** These timings with a run's own values on top (a key in both: the run's value). */
    public static Map<String, String> with(Map<String, String> ownValues) {
        Map<String, String> configuration = new HashMap<>(CONFIGURATION);
        configuration.putAll(ownValues);
        return Map.copyOf(configuration);
    }
}

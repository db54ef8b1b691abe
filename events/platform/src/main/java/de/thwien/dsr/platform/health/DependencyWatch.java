package de.thwien.dsr.platform.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.health.api.HealthRegistry;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.jboss.logging.Logger;

/**
 * The stores and mail servers a service uses, checked on the service's schedule ({@code dsr.health.check-every}),
 * and reported in SmallRye Health's wellness group ({@value #PATH}, a {@code @Wellness} registry) from their last
 * check, so that
 * asking for health never waits on a store nor hammers it. Readiness does not include them: a service whose store is
 * down still serves everything else and picks the store up again when it answers.
 */
public final class DependencyWatch {

    /** Where the wellness group answers: 200 when every dependency is up, 503 when one is down. */
    public static final String PATH = "/q/health/well";

    private static final Logger LOG = Logger.getLogger(DependencyWatch.class);

    private final Clock clock;
    private final Map<String, Probe> probes = new LinkedHashMap<>();
    private final Map<String, DependencyState> states = new ConcurrentHashMap<>();

    public DependencyWatch(Clock clock) {
        this.clock = clock;
    }

    /** Watches {@code probe} under {@code name} (a store id or {@code smtp}, {@code privacy-mailbox}). */
    public DependencyWatch watch(String name, Probe probe) {
        probes.put(name, probe);
        states.put(name, DependencyState.NOT_YET_CHECKED);
        return this;
    }

    /** Name of the gauge per watched name: 1 while its last check was good (or none yet), 0 while it is down. */
    public static final String UP_GAUGE = "dsr.dependency.up";

    /**
     * One health check per watched name in {@code health} (the wellness registry), and one gauge per watched name in
     * {@code meters} ({@value #UP_GAUGE}, labelled with {@code service} and {@code dependency}) read from the same
     * last check, so that an alert can say how long a store has been down.
     */
    public void registerIn(HealthRegistry health, MeterRegistry meters, String service) {
        probes.keySet().forEach(name -> {
            health.register(name, () -> response(name, state(name)));
            Gauge.builder(UP_GAUGE, this, watch -> watch.state(name).up() ? 1 : 0)
                    .description("1 while the store or mail server answered its last health check (or was not checked"
                            + " yet), 0 while it is down")
                    .tags("service", service, "dependency", name)
                    .strongReference(true)
                    .register(meters);
        });
    }

    /** Asks every store once, one after the other, on the caller's (worker) thread. */
    public void checkAll() {
        probes.forEach((name, probe) -> {
            DependencyState before = state(name);
            DependencyState after;
            try {
                probe.check();
                after = before.afterSuccess(clock.instant());
            } catch (Exception e) {
                after = before.afterFailure(FailureReason.of(e), clock.instant());
            }
            states.put(name, after);
            if (before.up() != after.up() || !Objects.equals(before.error(), after.error())) {
                if (after.up()) {
                    LOG.infof("%s is reachable again", name);
                } else {
                    LOG.warnf("%s is down: %s", name, after.error());
                }
            }
        });
    }

    /** The last state of every watched name, in the order they were watched. */
    public Map<String, DependencyState> states() {
        Map<String, DependencyState> all = new LinkedHashMap<>();
        probes.keySet().forEach(name -> all.put(name, state(name)));
        return all;
    }

    public DependencyState state(String name) {
        return states.getOrDefault(name, DependencyState.NOT_YET_CHECKED);
    }

    static HealthCheckResponse response(String name, DependencyState state) {
        HealthCheckResponseBuilder builder = HealthCheckResponse.named(name).status(state.up());
        if (state.checkedAt() != null) {
            builder.withData("checkedAt", state.checkedAt().toString());
        }
        if (!state.up()) {
            builder.withData("error", state.error()).withData("downSince", state.downSince().toString());
        }
        return builder.build();
    }
}

package de.thwien.dsr.subjectindex.stores;

import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.stores.ConnectedStore;
import de.thwien.dsr.platform.health.DependencyWatch;
import de.thwien.dsr.platform.health.FailureReason;
import de.thwien.dsr.platform.health.Probe;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;

/**
 * Each connected store in the wellness health group ({@value DependencyWatch#PATH}), asked
 * every {@code dsr.health.check-every} (IMAP login, {@code select 1}, BBB {@code getMeetings}).
 */
@Startup
@ApplicationScoped
public class StoreHealth {

    private final DependencyWatch watch;

    public StoreHealth(StoreRegistry stores, Clock clock,
            @Wellness HealthRegistry registry) {
        watch = new DependencyWatch(clock);
        stores.stores().forEach(store -> watch.watch(store.name(), probe(store)));
        watch.registerIn(registry);
    }

    @Scheduled(every = "${dsr.health.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        watch.checkAll();
    }

    private static Probe probe(ConnectedStore store) {
        return () -> {
            try {
                store.check();
            } catch (StoreUnavailableException e) {
                // its message names the store and the reason, never personal data
                throw new FailureReason.ReportableFailure(FailureReason.of(e, e.getMessage()));
            }
        };
    }
}

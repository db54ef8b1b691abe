package de.thwien.dsr.platform.health;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@link WatchedDependencies} bean of the service in the wellness health group ({@value DependencyWatch#PATH}),
 * asked every {@code dsr.health.check-every}: the one home of subject-index's and erasure-service's store health. A
 * service without such a bean watches nothing here.
 */
@Startup
@ApplicationScoped
public class DependencyChecks {

    private final DependencyWatch watch;

    public DependencyChecks(@Any Instance<WatchedDependencies> declared, Clock clock,
            @Wellness HealthRegistry registry, MeterRegistry meters,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        watch = new DependencyWatch(clock);
        declared.forEach(dependencies -> dependencies.probes().forEach(watch::watch));
        watch.registerIn(registry, meters, service);
    }

    @Scheduled(every = "${dsr.health.check-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        watch.checkAll();
    }
}

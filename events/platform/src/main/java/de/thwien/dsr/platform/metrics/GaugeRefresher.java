package de.thwien.dsr.platform.metrics;

import io.quarkus.arc.All;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Refreshes every {@link RefreshedGauges} of the service one after the other, every {@code dsr.metrics.refresh-every}
 * (default 15 s, as often as Prometheus scrapes by default). A set that fails keeps its last values and does not stop
 * the others.
 */
@ApplicationScoped
public class GaugeRefresher {

    private static final Logger LOG = Logger.getLogger(GaugeRefresher.class);

    private final List<RefreshedGauges> gauges;

    public GaugeRefresher(@All List<RefreshedGauges> gauges) {
        this.gauges = gauges;
    }

    @Scheduled(every = "${dsr.metrics.refresh-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return refreshNow();
    }

    /** Refreshes all gauges now; completes when each set has its new values (or kept its old ones on a failure). */
    public Uni<Void> refreshNow() {
        return Multi.createFrom().iterable(gauges)
                .onItem().transformToUniAndConcatenate(set -> set.refresh()
                        .onFailure().recoverWithItem(failure -> {
                            LOG.warnf("gauges %s not refreshed: %s", set.getClass().getSimpleName(),
                                    failure.getClass().getName());
                            return null;
                        }))
                .collect().last()
                .replaceWithVoid();
    }
}

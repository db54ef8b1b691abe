package de.thwien.dsr.subjectindex.stores;

import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.stores.ConnectedStore;
import de.thwien.dsr.connectors.stores.ConnectedStores;
import de.thwien.dsr.connectors.stores.StoreProbes;
import de.thwien.dsr.platform.health.Probe;
import de.thwien.dsr.platform.health.WatchedDependencies;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The configured stores, built by the connectors from {@link StoresConfig} at start-up: a mapping
 * that does not fit its live schema stops the service with the mapping's message. A store that
 * cannot be reached at start-up is opened again on its next use and reported unavailable until then. Each store is
 * in the wellness group ({@code platform.health.DependencyChecks}).
 */
@Startup
@ApplicationScoped
public class StoreRegistry implements WatchedDependencies {

    private static final Logger LOG = Logger.getLogger(StoreRegistry.class);

    private final ConnectedStores stores;

    public StoreRegistry(StoresConfig config) {
        stores = ConnectedStores.of(config);
        for (ConnectedStore store : stores.stores()) {
            try {
                store.reader(); // validates a mapping now: a bad one fails start-up
            } catch (StoreUnavailableException e) {
                LOG.warnf("store %s not reachable at start-up (%s); it is tried again on use", store.name(),
                        e.getMessage());
            }
        }
        LOG.infof("stores configured: %s", names());
    }

    public List<ConnectedStore> stores() {
        return stores.stores();
    }

    public Optional<ConnectedStore> store(String name) {
        return stores.store(name);
    }

    /** What a requester reads for a connected store, as its type declares it; empty for a store not connected. */
    public Optional<String> displayName(String name, Locale language) {
        return stores.store(name).map(store -> store.displayName(language));
    }

    public List<String> names() {
        return stores.names();
    }

    @Override
    public Map<String, Probe> probes() {
        return StoreProbes.of(stores);
    }
}

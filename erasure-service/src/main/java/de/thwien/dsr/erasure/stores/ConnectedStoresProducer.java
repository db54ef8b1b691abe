package de.thwien.dsr.erasure.stores;

import de.thwien.dsr.connectors.stores.ConnectedStores;
import de.thwien.dsr.connectors.stores.StoreProbes;
import de.thwien.dsr.platform.health.WatchedDependencies;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

/** The configured stores, built once by the connectors from {@link WriteStoresConfig}. */
@Singleton
class ConnectedStoresProducer {

    private static final Logger LOG = Logger.getLogger(ConnectedStoresProducer.class);

    @Produces
    @Singleton
    ConnectedStores connectedStores(WriteStoresConfig config) {
        ConnectedStores stores = ConnectedStores.of(config);
        LOG.infof("stores connected for writing: %s", stores.names());
        return stores;
    }

    /** Each store in the wellness group, asked with the write credentials (platform.health.DependencyChecks). */
    @Produces
    @Singleton
    WatchedDependencies storeHealth(ConnectedStores stores) {
        return () -> StoreProbes.of(stores);
    }
}

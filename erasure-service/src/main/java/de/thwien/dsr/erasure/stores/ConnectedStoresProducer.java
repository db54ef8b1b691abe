package de.thwien.dsr.erasure.stores;

import de.thwien.dsr.connectors.stores.ConnectedStores;
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
}

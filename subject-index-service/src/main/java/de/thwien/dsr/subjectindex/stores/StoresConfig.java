package de.thwien.dsr.subjectindex.stores;

import de.thwien.dsr.connectors.stores.StoreSettings;
import io.smallrye.config.ConfigMapping;

/**
 * The stores this service indexes, with read-only credentials; a store without configuration is not
 * used. The keys and their defaults are the connectors' {@link StoreSettings}, shared with
 * erasure-service (which writes with its own credentials).
 */
@ConfigMapping(prefix = "dsr.stores")
public interface StoresConfig extends StoreSettings {
}

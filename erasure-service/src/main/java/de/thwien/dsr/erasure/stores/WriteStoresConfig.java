package de.thwien.dsr.erasure.stores;

import de.thwien.dsr.connectors.stores.StoreSettings;
import io.smallrye.config.ConfigMapping;

/**
 * The stores this service writes to, with WRITE credentials, under the same {@code dsr.stores.*}
 * keys as subject-index-service (there read-only), so one set of store settings describes a
 * deployment; a store without configuration stays unavailable. The keys and their defaults are
 * the connectors' {@link StoreSettings}.
 */
@ConfigMapping(prefix = "dsr.stores")
public interface WriteStoresConfig extends StoreSettings {
}

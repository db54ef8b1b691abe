package de.thwien.dsr.connectors.stores;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One kind of store as a plug-in: what it can do, what a requester reads for it, and how it is connected from the
 * {@code dsr.stores.*} settings. {@link ConnectedStores} finds every type through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/de.thwien.dsr.connectors.stores.StoreType}) and connects those the settings configure;
 * nothing else in the services names a store type.
 */
public interface StoreType {

    /** The store id findings and events carry, e.g. {@code crm}. */
    String id();

    /** What the type's stores can do. */
    Set<StoreCapability> capabilities();

    /**
     * What a requester reads for the store in a notice, German unless English is asked for: words from a message
     * file, never the id.
     */
    String displayName(Locale language);

    /**
     * The store these settings configure, not opened yet; empty when they configure none of this type.
     *
     * @param others the features other connected stores offer ({@link ConnectedStore#feature}), asked when used
     */
    Optional<ConnectedStore> connect(StoreSettings settings, StoreFeatures others);

    default boolean can(StoreCapability capability) {
        return capabilities().contains(capability);
    }

    /** What the other connected stores of a deployment offer, asked when used (they may be connected later). */
    interface StoreFeatures {
        <T> List<T> all(Class<T> kind);
    }
}

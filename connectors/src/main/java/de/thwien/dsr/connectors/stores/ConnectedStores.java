package de.thwien.dsr.connectors.stores;

import de.thwien.dsr.connectors.conference.BbbClient;
import de.thwien.dsr.connectors.conference.ConferenceWriter;
import de.thwien.dsr.connectors.conference.GreenlightTenants;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.spi.StoreWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The stores of a deployment, built from its {@link StoreSettings}: one store for each {@link StoreType} on the
 * class path that the settings configure (the CRM, the mail accounts, the conference server, and any type a
 * deployment adds). Nothing is opened here; each {@link ConnectedStore} opens its reader or writer on first use.
 */
public final class ConnectedStores {

    private final List<ConnectedStore> stores;

    private ConnectedStores(List<ConnectedStore> stores) {
        this.stores = List.copyOf(stores);
    }

    /** The stores of every store type found on the class path ({@link #discoveredTypes()}) that is configured. */
    public static ConnectedStores of(StoreSettings settings) {
        return of(settings, discoveredTypes());
    }

    /** The stores of these types that the settings configure, in the types' order. */
    public static ConnectedStores of(StoreSettings settings, List<StoreType> types) {
        List<ConnectedStore> connected = new CopyOnWriteArrayList<>();
        StoreType.StoreFeatures features = new StoreType.StoreFeatures() {
            @Override
            public <T> List<T> all(Class<T> kind) {
                return connected.stream().flatMap(store -> store.feature(kind).stream()).toList();
            }
        };
        for (StoreType type : types) {
            type.connect(settings, features).ifPresent(connected::add);
        }
        return new ConnectedStores(connected);
    }

    /**
     * Every {@link StoreType} registered in a {@code META-INF/services/de.thwien.dsr.connectors.stores.StoreType}
     * file the class path holds (the connectors' own three, and a deployment's or a test's), found through the
     * context class loader as Quarkus sets it.
     */
    public static List<StoreType> discoveredTypes() {
        List<StoreType> types = new ArrayList<>();
        ServiceLoader.load(StoreType.class).forEach(types::add);
        if (types.isEmpty()) {
            ServiceLoader.load(StoreType.class, StoreType.class.getClassLoader()).forEach(types::add);
        }
        return types;
    }

    public List<ConnectedStore> stores() {
        return stores;
    }

    public Optional<ConnectedStore> store(String name) {
        return stores.stream().filter(store -> store.name().equals(name)).findFirst();
    }

    public List<String> names() {
        return stores.stream().map(ConnectedStore::name).toList();
    }

    /** The stores whose type can do this. */
    public List<ConnectedStore> capableOf(StoreCapability capability) {
        return stores.stream().filter(store -> store.can(capability)).toList();
    }

    /**
     * The BBB API of the conference store's first provider (a single-tenant Greenlight's one server). With several
     * tenants, {@link #conferenceTenants()} has every provider's.
     */
    public Optional<BbbClient> bbb() {
        return conferenceTenants().map(GreenlightTenants::defaultBbb);
    }

    /** The Greenlight providers the conference store serves with their BBB servers (routine retention lists all). */
    public Optional<GreenlightTenants> conferenceTenants() {
        return conferenceStore().flatMap(store -> store.feature(GreenlightTenants.class));
    }

    /** The conference store's writer with its recording operations (the one its {@link ConnectedStore} opened). */
    public Optional<ConferenceWriter> conferenceWriter() throws StoreUnavailableException {
        Optional<ConnectedStore> conference = conferenceStore();
        if (conference.isEmpty()) {
            return Optional.empty();
        }
        StoreWriter writer = conference.get().writer();
        return writer instanceof ConferenceWriter recordings ? Optional.of(recordings) : Optional.empty();
    }

    /** The store offering Greenlight tenants: the one whose recordings routine retention deletes. */
    private Optional<ConnectedStore> conferenceStore() {
        return stores.stream().filter(store -> store.feature(GreenlightTenants.class).isPresent()).findFirst();
    }
}

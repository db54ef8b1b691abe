package de.thwien.dsr.subjectindex.stores;

import de.thwien.dsr.connectors.spi.StoreReader;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;

/** A store by name, whose reader is opened on first use (and again after a failed opening). */
public final class ConfiguredStore {

    /** Opens the reader; may fail because the store is down. */
    @FunctionalInterface
    public interface Opener {
        StoreReader open() throws StoreUnavailableException;
    }

    private final String name;
    private final Opener opener;
    private StoreReader reader;

    ConfiguredStore(String name, Opener opener) {
        this.name = name;
        this.opener = opener;
    }

    public String name() {
        return name;
    }

    public synchronized StoreReader reader() throws StoreUnavailableException {
        if (reader == null) {
            reader = opener.open();
        }
        return reader;
    }
}

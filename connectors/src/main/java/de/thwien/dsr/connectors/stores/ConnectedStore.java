package de.thwien.dsr.connectors.stores;

import de.thwien.dsr.connectors.spi.StoreReader;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.spi.StoreWriter;
import de.thwien.dsr.connectors.sql.SqlMapping;
import java.util.Optional;

/**
 * One configured store by name: its reader and writer are opened on first use (and again after a
 * failed opening), so a store that is down at start-up is only unavailable until it answers.
 */
public final class ConnectedStore {

    /** Opens a reader or writer; may fail because the store is down. */
    @FunctionalInterface
    interface Opener<T> {
        T open() throws StoreUnavailableException;
    }

    private final String name;
    private final Opener<? extends StoreReader> readerOpener;
    private final Opener<? extends StoreWriter> writerOpener;
    private final SqlMapping mapping;
    private StoreReader reader;
    private StoreWriter writer;

    ConnectedStore(String name, Opener<? extends StoreReader> readerOpener, Opener<? extends StoreWriter> writerOpener,
            SqlMapping mapping) {
        this.name = name;
        this.readerOpener = readerOpener;
        this.writerOpener = writerOpener;
        this.mapping = mapping;
    }

    public String name() {
        return name;
    }

    /** The mapping of a mapped SQL store (its erase rules); empty for the mail store. */
    public Optional<SqlMapping> mapping() {
        return Optional.ofNullable(mapping);
    }

    public synchronized StoreReader reader() throws StoreUnavailableException {
        if (reader == null) {
            reader = readerOpener.open();
        }
        return reader;
    }

    /** The write side; only used with write credentials. */
    public synchronized StoreWriter writer() throws StoreUnavailableException {
        if (writer == null) {
            writer = writerOpener.open();
        }
        return writer;
    }
}

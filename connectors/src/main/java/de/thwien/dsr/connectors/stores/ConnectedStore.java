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
    private final Check check;
    private StoreReader reader;
    private StoreWriter writer;

    /** The cheapest question that shows the store answers (a login, {@code select 1}, a signed API call). */
    @FunctionalInterface
    interface Check {
        void run() throws StoreUnavailableException;
    }

    ConnectedStore(String name, Opener<? extends StoreReader> readerOpener, Opener<? extends StoreWriter> writerOpener,
            SqlMapping mapping, Check check) {
        this.name = name;
        this.readerOpener = readerOpener;
        this.writerOpener = writerOpener;
        this.mapping = mapping;
        this.check = check;
    }

    public String name() {
        return name;
    }

    /** The mapping of a mapped SQL store (its erase rules); empty for the mail store. */
    public Optional<SqlMapping> mapping() {
        return Optional.ofNullable(mapping);
    }

    /**
     * Asks the store whether it answers, without reading any record: the health check's question, cheap enough to
     * ask every half minute. Opens nothing that {@link #reader()} keeps.
     */
    public void check() throws StoreUnavailableException {
        check.run();
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

package de.thwien.dsr.connectors.stores;

import de.thwien.dsr.connectors.spi.ErasureProof;
import de.thwien.dsr.connectors.spi.StoreReader;
import de.thwien.dsr.connectors.spi.StoreUnavailableException;
import de.thwien.dsr.connectors.spi.StoreWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One configured store by name, of one {@link StoreType}: its reader and writer are opened on first use (and again
 * after a failed opening), so a store that is down at start-up is only unavailable until it answers.
 */
public final class ConnectedStore {

    /** Opens a reader or writer; may fail because the store is down. */
    @FunctionalInterface
    public interface Opener<T> {
        T open() throws StoreUnavailableException;
    }

    /** The cheapest question that shows the store answers (a login, {@code select 1}, a signed API call). */
    @FunctionalInterface
    public interface Check {
        void run() throws StoreUnavailableException;
    }

    private final StoreType type;
    private final Opener<? extends StoreReader> readerOpener;
    private final Opener<? extends StoreWriter> writerOpener;
    private final Check check;
    // set by its type while connecting, before the store is used
    private String name;
    private ErasureProof proof = ErasureProof.GONE_WHEN_UNREADABLE;
    private final List<Object> features = new CopyOnWriteArrayList<>();
    private StoreReader reader;
    private StoreWriter writer;

    /** A store under its type's id that proves an erasure by the record being unreadable, offering nothing more. */
    public ConnectedStore(StoreType type, Opener<? extends StoreReader> readerOpener,
            Opener<? extends StoreWriter> writerOpener, Check check) {
        this.type = type;
        this.name = type.id();
        this.readerOpener = readerOpener;
        this.writerOpener = writerOpener;
        this.check = check;
    }

    /** Connecting: the store goes by another name (a mapped store's, as its mapping names it). */
    public ConnectedStore named(String otherName) {
        this.name = otherName;
        return this;
    }

    /** Connecting: the store tells an erased record from one still holding personal data by its own rules. */
    public ConnectedStore provingErasureBy(ErasureProof storeProof) {
        this.proof = storeProof;
        return this;
    }

    /** Connecting: the store offers a {@code feature} to other stores and the services, found by its class. */
    public ConnectedStore offering(Object feature) {
        features.add(feature);
        return this;
    }

    public String name() {
        return name;
    }

    public StoreType type() {
        return type;
    }

    /** Whether the store's type can do this. */
    public boolean can(StoreCapability capability) {
        return type.can(capability);
    }

    public Set<StoreCapability> capabilities() {
        return type.capabilities();
    }

    /** What a requester reads for the store (its type's words), German unless English is asked for. */
    public String displayName(Locale language) {
        return type.displayName(language);
    }

    /** A feature the store's type offers ({@code GreenlightTenants}, {@code InvoicedCustomers} ...), by its class. */
    public <T> Optional<T> feature(Class<T> kind) {
        return features.stream().filter(kind::isInstance).map(kind::cast).findFirst();
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

    /**
     * The proof of an erasure: reads the record again and asks the store's own rules whether what is left still
     * holds personal data (a row left with only its placeholders does not).
     */
    public boolean stillPresent(String reference) throws StoreUnavailableException {
        return proof.stillPersonal(reference, reader().export(reference).fields());
    }
}

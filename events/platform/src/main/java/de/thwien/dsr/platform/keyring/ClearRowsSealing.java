package de.thwien.dsr.platform.keyring;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Seals at start-up the rows a service wrote in clear before it sealed them at rest, so no address or name stays
 * readable without the case's key. Idempotent: a sealed row is never picked again, rows another instance is sealing
 * at the same moment are skipped (locked), and until a row is sealed the service still reads its plaintext. A
 * service gives the query for its rows still in clear and how one row is locked and sealed.
 *
 * @param <K> the rows' key
 */
public abstract class ClearRowsSealing<K> {

    /** Rows per transaction. */
    public static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(ClearRowsSealing.class);

    private final String rowsInClear;
    private final Class<K> keyType;
    private final String rowName;

    /**
     * @param rowsInClear native query for the keys of the rows still in clear, ordered, without limit or lock
     * @param rowName what a row is, for the log ("case row", "erasure plan")
     */
    protected ClearRowsSealing(String rowsInClear, Class<K> keyType, String rowName) {
        this.rowsInClear = rowsInClear;
        this.keyType = keyType;
        this.rowName = rowName;
    }

    /** Locks the row and seals it, in the caller's session. */
    protected abstract Uni<Void> seal(K key);

    /** Seals every row still in clear, a batch per transaction; a failure leaves the rest for the next start. */
    protected void sealAtStart() {
        int total = 0;
        try {
            int sealed;
            do {
                sealed = VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(this::sealBatch));
                total += sealed;
            } while (sealed == BATCH);
        } catch (Throwable e) {
            // the rows stay readable in clear and are sealed at the next start; the service still starts
            LOG.errorf("sealing %ss written in clear stopped after %d: %s", rowName, total, e.getClass().getName());
            return;
        }
        if (total > 0) {
            LOG.infof("sealed %d %s(s) written before sealing at rest", total, rowName);
        }
    }

    /** Seals up to {@link #BATCH} rows still in clear in the caller's transaction; returns how many. */
    public Uni<Integer> sealBatch() {
        return Panache.getSession().chain(session -> session.createNativeQuery(
                                rowsInClear + " limit :batch for update skip locked", keyType)
                        .setParameter("batch", BATCH)
                        .getResultList())
                .chain(this::sealAll);
    }

    private Uni<Integer> sealAll(List<K> keys) {
        // one after the other: they share the transaction's session
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (K key : keys) {
            chain = chain.chain(() -> seal(key));
        }
        return chain.replaceWith(keys.size());
    }
}

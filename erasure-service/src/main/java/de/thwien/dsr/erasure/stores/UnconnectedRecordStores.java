package de.thwien.dsr.erasure.stores;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/**
 * Used until the connectors' write side is wired in: every store is unavailable, so items stay
 * pending and are retried, and nothing is ever reported erased that was not.
 */
@DefaultBean
@ApplicationScoped
public class UnconnectedRecordStores implements RecordStores {

    @Override
    public void erase(String store, String reference) throws StoreFailure {
        throw unconnected(store);
    }

    @Override
    public String restrict(String store, String reference, LocalDate holdUntil) throws StoreFailure {
        throw unconnected(store);
    }

    @Override
    public void lift(String store, String reference) throws StoreFailure {
        throw unconnected(store);
    }

    @Override
    public boolean stillPresent(String store, String reference) throws StoreFailure {
        throw unconnected(store);
    }

    private static StoreFailure unconnected(String store) {
        return new StoreFailure(store + " unavailable: no connector with write credentials is configured");
    }
}

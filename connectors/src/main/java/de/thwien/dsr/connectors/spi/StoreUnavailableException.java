package de.thwien.dsr.connectors.spi;

/**
 * The store could not be asked (down, login refused, API answered FAILED). Its message names the
 * store and the reason, never personal data, so that it can be logged and shown as a store error.
 */
public class StoreUnavailableException extends Exception {

    private final String store;

    public StoreUnavailableException(String store, String reason, Throwable cause) {
        super(store + " unavailable: " + reason, cause);
        this.store = store;
    }

    public StoreUnavailableException(String store, String reason) {
        this(store, reason, null);
    }

    public String store() {
        return store;
    }
}

package de.thwien.dsr.erasure.stores;

/**
 * A store could not carry out a write or answer the re-query. The message names the store and
 * the reason, never personal data, so it can be logged and stored on the plan item.
 */
public class StoreFailure extends Exception {

    public StoreFailure(String message) {
        super(message);
    }

    public StoreFailure(String message, Throwable cause) {
        super(message, cause);
    }
}

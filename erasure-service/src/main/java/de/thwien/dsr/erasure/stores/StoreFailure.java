package de.thwien.dsr.erasure.stores;

/**
 * A store could not carry out a write or answer the re-query. The message names the store and
 * the reason, never personal data, so it can be logged and stored on the plan item. A refusal
 * ({@link #refused()}) is the store's own answer that it will not do it (e.g. rows that are kept
 * point at the record): trying again does not help, someone has to look at it.
 */
public class StoreFailure extends Exception {

    private final boolean refused;

    public StoreFailure(String message) {
        this(message, null, false);
    }

    public StoreFailure(String message, Throwable cause) {
        this(message, cause, false);
    }

    private StoreFailure(String message, Throwable cause, boolean refused) {
        super(message, cause);
        this.refused = refused;
    }

    /** The store refused the write for good, as opposed to being unreachable or failing for now. */
    public static StoreFailure refusal(String message, Throwable cause) {
        return new StoreFailure(message, cause, true);
    }

    public boolean refused() {
        return refused;
    }
}

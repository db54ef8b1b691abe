package de.thwien.dsr.connectors.spi;

/**
 * The store answered, and refused the write for good (an IMAP server's {@code NO [CANNOT]}, a folder it cannot
 * create): trying again gives the same answer, the assistant has to look at it. Unlike
 * {@link StoreUnavailableException}, which is an outage that passes. The message names the store and the reason,
 * never personal data.
 */
public class StoreRefusedException extends Exception {

    public StoreRefusedException(String store, String reason, Throwable cause) {
        super(store + " refused: " + reason, cause);
    }
}

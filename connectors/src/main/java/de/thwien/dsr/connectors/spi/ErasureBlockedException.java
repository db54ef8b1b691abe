package de.thwien.dsr.connectors.spi;

/**
 * The store refuses to erase a record because other records depend on it and are kept (e.g. a CRM
 * partner with posted invoices): restrict it instead. The message names the reason, no personal data.
 */
public class ErasureBlockedException extends Exception {

    public ErasureBlockedException(String message) {
        super(message);
    }
}

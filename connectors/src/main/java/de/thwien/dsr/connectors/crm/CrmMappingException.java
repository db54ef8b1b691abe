package de.thwien.dsr.connectors.crm;

/** A mapping file that cannot be read or does not fit the live schema; the message says what is wrong. */
public class CrmMappingException extends RuntimeException {

    public CrmMappingException(String message) {
        super(message);
    }

    public CrmMappingException(String message, Throwable cause) {
        super(message, cause);
    }
}

package de.thwien.dsr.connectors.sql;

/** A mapping file that cannot be read or does not fit the live schema; the message says what is wrong. */
public class SqlMappingException extends RuntimeException {

    public SqlMappingException(String message) {
        super(message);
    }

    public SqlMappingException(String message, Throwable cause) {
        super(message, cause);
    }
}

package de.thwien.dsr.platform.jobs;

import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;
import java.io.IOException;
import java.sql.SQLException;

/**
 * Tells a failure of the database from a failure of the work: while the database cannot be reached nothing a
 * consumer or job does could succeed, and the record or mail at hand is not at fault.
 */
public final class DatabaseOutage {

    private DatabaseOutage() {
    }

    /**
     * True when the failure (or a cause) says the database connection is gone or refused, or PostgreSQL
     * reports a connection exception (SQLSTATE class 08) or is shutting down (57P).
     */
    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException || cause instanceof ClosedConnectionException) {
                return true;
            }
            String sqlState = sqlStateOf(cause);
            if (sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P"))) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    /**
     * The SQLSTATE of a database error, null for any other failure. From the reactive client's exception, or from
     * the {@link SQLException} Hibernate Reactive turns it into (which does not keep the client's as its cause).
     */
    public static String sqlStateOf(Throwable failure) {
        if (failure instanceof DatabaseException database) {
            return database.getSqlState();
        }
        return failure instanceof SQLException sql ? sql.getSQLState() : null;
    }
}
